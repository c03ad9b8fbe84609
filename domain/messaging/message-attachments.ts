import * as z from 'zod/mini';
import type { Actor } from '#domain/identity/actor';
import { ConflictError, NotFoundError, ValidationError } from '#domain/shared/errors';
import { idSchema } from '#domain/shared/input-types';
import type { Clock, IdGenerator } from '#domain/shared/ports';
import { type AttachmentType, attachmentSchema, type UploadForm } from './attachments';
import type { Message } from './message';

/**
 * Files joined to a message. The writer declares each file (name, type, size) and uploads it with a signed form to
 * a pending place of their own in the documents bucket; the send names the uploads by id. Before the message is
 * stored, each upload must be the writer's, have arrived, be within the limits and be what it claims to be (its
 * first bytes are read: a `.exe` renamed `.pdf` is refused); it then moves under the message, whose readers alone
 * download it through a short signed link. Uploads never sent are removed by the bucket after a day.
 */

/** At most 5 files a message, each at most 10 MB: a few scanned forms or photos, a short recording. */
export const maxAttachmentsPerMessage = 5;
export const maxMessageAttachmentBytes = 10 * 1024 * 1024;

/** A file the writer is about to upload: the work groups' types (PDF, images, office documents, text, audio). */
export const messageUploadSchema = z.strictObject({
  name: attachmentSchema.shape.name,
  contentType: attachmentSchema.shape.contentType,
  size: z
    .int('must be a whole number')
    .check(
      z.gte(1, 'must not be empty'),
      z.lte(maxMessageAttachmentBytes, 'must be at most 10 MB: share larger media by a link'),
    ),
});

export type MessageUpload = z.output<typeof messageUploadSchema>;

/** The uploads a message or a reply carries, by id: at most 5, each once. */
export const attachmentIdsSchema = z.optional(
  z.array(idSchema).check(
    z.maxLength(maxAttachmentsPerMessage, 'must name at most 5 files'),
    z.refine((ids) => new Set(ids).size === ids.length, 'must name each file once'),
  ),
);

/** A file as a message holds it: what its readers see before they download it. */
export interface MessageAttachment {
  id: string;
  name: string;
  contentType: AttachmentType;
  size: number;
}

/** A declared upload, kept a day for the send to find: it is the writer's, by its key. */
export interface PendingUpload extends MessageAttachment {
  declaredAt: string;
}

/** What arrived at an upload's pending key: its size and type, and its first bytes to tell what it is. */
export interface ArrivedFile {
  size: number;
  contentType: string;
  /** The first bytes of the file (at most `sniffBytes`). */
  head: Uint8Array;
}

/** How many first bytes tell a file's kind. */
export const sniffBytes = 64;

const startsWith = (head: Uint8Array, bytes: readonly number[], offset = 0) =>
  bytes.every((byte, index) => head[offset + index] === byte);
const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

const zip = [0x50, 0x4b, 0x03, 0x04];
const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const riff = (head: Uint8Array, form: string) =>
  startsWith(head, ascii('RIFF')) && startsWith(head, ascii(form), 8);

/** Text has no control characters but tabs, line ends and form feeds. */
const isText = (head: Uint8Array) =>
  head.every((byte) => byte >= 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0c || byte === 0x0d);

/** What each allowed type starts with (its « magic number »), as the file's own bytes say it. */
const signatures: Record<AttachmentType, (head: Uint8Array) => boolean> = {
  'application/pdf': (head) => startsWith(head, ascii('%PDF-')),
  'image/jpeg': (head) => startsWith(head, [0xff, 0xd8, 0xff]),
  'image/png': (head) => startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  'image/gif': (head) => startsWith(head, ascii('GIF87a')) || startsWith(head, ascii('GIF89a')),
  'image/webp': (head) => riff(head, 'WEBP'),
  'application/msword': (head) => startsWith(head, ole),
  'application/vnd.ms-excel': (head) => startsWith(head, ole),
  'application/vnd.ms-powerpoint': (head) => startsWith(head, ole),
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': (head) => startsWith(head, zip),
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': (head) => startsWith(head, zip),
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': (head) =>
    startsWith(head, zip),
  'application/vnd.oasis.opendocument.text': (head) => startsWith(head, zip),
  'application/vnd.oasis.opendocument.spreadsheet': (head) => startsWith(head, zip),
  'application/vnd.oasis.opendocument.presentation': (head) => startsWith(head, zip),
  'text/plain': isText,
  'audio/mpeg': (head) =>
    startsWith(head, ascii('ID3')) || (head[0] === 0xff && ((head[1] ?? 0) & 0xe0) === 0xe0),
  'audio/mp4': (head) => startsWith(head, ascii('ftyp'), 4),
  'audio/ogg': (head) => startsWith(head, ascii('OggS')),
  'audio/wav': (head) => riff(head, 'WAVE'),
  'audio/webm': (head) => startsWith(head, [0x1a, 0x45, 0xdf, 0xa3]),
};

/** Whether a file's first bytes are those of the type it was declared as. */
export const looksLike = (contentType: AttachmentType, head: Uint8Array) =>
  head.length > 0 && signatures[contentType](head);

/** Whether what arrived is what was declared: not larger, the same type, and its bytes of that type. */
export const arrivedAsDeclared = (declared: MessageAttachment, arrived: ArrivedFile) =>
  arrived.size >= 1 &&
  arrived.size <= Math.min(declared.size, maxMessageAttachmentBytes) &&
  arrived.contentType === declared.contentType &&
  looksLike(declared.contentType, arrived.head);

/** The declared uploads of a person, kept a day. */
export interface PendingUploads {
  declare(personId: string, upload: PendingUpload): Promise<void>;
  /** The person's uploads of these ids that are still pending. */
  find(personId: string, uploadIds: readonly string[]): Promise<PendingUpload[]>;
  /** Takes these uploads for one message, all or none: an upload already sent fails with `attachment_already_sent`. */
  claim(personId: string, uploadIds: readonly string[]): Promise<void>;
}

/** The files: pending under their uploader, then under their message. */
export interface MessageFiles {
  uploadForm(personId: string, upload: MessageAttachment): Promise<UploadForm>;
  arrived(personId: string, uploadId: string): Promise<ArrivedFile | undefined>;
  /** Copies an upload under its message (tagged to expire with it); the pending file stays until `discard`. */
  keep(personId: string, uploadId: string, messageId: string, expiresAt: number): Promise<void>;
  discard(personId: string, uploadId: string): Promise<void>;
  downloadUrl(messageId: string, attachment: MessageAttachment): Promise<string>;
}

export interface AttachmentPorts {
  uploads: PendingUploads;
  files: MessageFiles;
  clock: Clock;
  newId: IdGenerator;
}

/** A writer declares a file to join to their next message: a signed form to upload it, valid 15 minutes. */
export const declareMessageUpload = async (input: MessageUpload, writer: Actor, ports: AttachmentPorts) => {
  const attachment: MessageAttachment = { id: ports.newId(), ...input };
  await ports.uploads.declare(writer.personId, {
    ...attachment,
    declaredAt: ports.clock.now().toISOString(),
  });
  return { attachment, upload: await ports.files.uploadForm(writer.personId, attachment) };
};

/**
 * Checks the writer's uploads for a message, in the order named: each declared by them (else 400 `attachment_unknown`,
 * whether it is someone else's or no one's), arrived (409 `upload_missing`) and as declared (400 `upload_mismatch`,
 * the file deleted). Reads only: nothing is moved until `keepAttachments`.
 */
export const checkAttachments = async (
  uploadIds: readonly string[],
  writer: Actor,
  ports: Pick<AttachmentPorts, 'uploads' | 'files'>,
): Promise<MessageAttachment[]> => {
  if (uploadIds.length === 0) return [];
  const found = new Map(
    (await ports.uploads.find(writer.personId, uploadIds)).map((upload) => [upload.id, upload]),
  );
  const unknown = uploadIds.filter((id) => !found.has(id));
  if (unknown.length > 0)
    throw new ValidationError(
      'attachmentIds',
      `names files that are not uploads of yours waiting to be sent: ${unknown.join(', ')}`,
      'attachment_unknown',
    );
  const arrived = await Promise.all(uploadIds.map((id) => ports.files.arrived(writer.personId, id)));
  const attachments: MessageAttachment[] = [];
  for (const [index, id] of uploadIds.entries()) {
    const { declaredAt, ...declared } = found.get(id) as PendingUpload;
    const file = arrived[index];
    if (!file)
      throw new ConflictError('upload_missing', `The file ${declared.name} has not arrived: upload it first`);
    if (!arrivedAsDeclared(declared, file)) {
      await ports.files.discard(writer.personId, id);
      throw new ValidationError(
        'attachmentIds',
        `${declared.name} differs from what was declared (${declared.contentType}, ${declared.size} bytes): it was deleted`,
        'upload_mismatch',
      );
    }
    attachments.push({ ...declared, size: file.size });
  }
  return attachments;
};

/**
 * Moves checked uploads under their message: taken once first (a conditional delete of their declarations, all or
 * none: of two sends of the same upload at the same instant one wins, the other is refused before it copies), then
 * copied there and the pending files removed. Called before the message is stored, so that a stored message never
 * names a file that is not there.
 */
export const keepAttachments = async (
  attachments: readonly MessageAttachment[],
  writer: Actor,
  message: Pick<Message, 'id' | 'expiresAt'>,
  ports: Pick<AttachmentPorts, 'uploads' | 'files'>,
) => {
  if (attachments.length === 0) return;
  await ports.uploads.claim(
    writer.personId,
    attachments.map(({ id }) => id),
  );
  await Promise.all(
    attachments.map(({ id }) => ports.files.keep(writer.personId, id, message.id, message.expiresAt)),
  );
  await Promise.all(attachments.map(({ id }) => ports.files.discard(writer.personId, id)));
};

/**
 * A short download link to a file of a message, for its sender and recipients only (404 to anyone else, as the
 * message is); a withdrawn message's files are withdrawn with it (409 `attachment_withdrawn`).
 */
export const attachmentLink = async (
  messageId: string,
  attachmentId: string,
  reader: Actor,
  ports: {
    messages: { get(messageId: string): Promise<Message | undefined> };
    files: Pick<MessageFiles, 'downloadUrl'>;
  },
) => {
  const message = await ports.messages.get(messageId);
  if (!message || (message.senderId !== reader.personId && !message.recipientIds.includes(reader.personId)))
    throw new NotFoundError('message', messageId);
  const attachment = message.attachments?.find(({ id }) => id === attachmentId);
  if (!attachment) throw new NotFoundError('attachment', attachmentId);
  if (message.withdrawn)
    throw new ConflictError(
      'attachment_withdrawn',
      'The message was withdrawn by the school, with its files',
    );
  return { attachment, url: await ports.files.downloadUrl(messageId, attachment) };
};
