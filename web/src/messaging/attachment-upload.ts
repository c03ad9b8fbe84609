import { type AttachmentType, allowedAttachmentTypes } from '#domain/messaging/attachments';
import {
  type MessageUpload,
  maxAttachmentsPerMessage,
  maxMessageAttachmentBytes,
} from '#domain/messaging/message-attachments';
import { ApiError, ApiUnreachableError } from '../shell/http/api-errors';
import type { Format } from '../shell/i18n/format';

export type { UploadForm } from '#domain/messaging/attachments';
export type NewMessageUpload = MessageUpload;
export { maxAttachmentsPerMessage, maxMessageAttachmentBytes };

/** What the file input offers: the types a message takes, by extension for systems that give no media type. */
export const acceptedFiles =
  '.pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,.txt,.jpg,.jpeg,.png,.gif,.webp,.mp3,.m4a,.ogg,.wav,.weba,image/*,audio/*';

/** Media types by extension, for a file the browser gives none or a vague one (`.odt` on some phones). */
const typeByExtension: Record<string, AttachmentType> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
  txt: 'text/plain',
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  ogg: 'audio/ogg',
  wav: 'audio/wav',
  weba: 'audio/webm',
};

const allowed: ReadonlySet<string> = new Set(allowedAttachmentTypes);

/** The type a file is declared with: the browser's when the API takes it, else the one its extension says. */
export const attachmentTypeOf = (file: { name: string; type: string }): AttachmentType | undefined => {
  if (allowed.has(file.type)) return file.type as AttachmentType;
  const extension = file.name.split('.').at(-1)?.toLowerCase() ?? '';
  return typeByExtension[extension];
};

/** Why a file cannot be joined, before anything is sent: too large, or of a type refused. */
export const refusalOf = (file: { name: string; type: string; size: number }, format: Format) => {
  const texts = format.messages.messaging.attachments;
  if (!attachmentTypeOf(file)) return format.fill(texts.typeRefused, { name: file.name });
  if (file.size > maxMessageAttachmentBytes || file.size === 0)
    return format.fill(texts.tooLarge, { name: file.name });
  return undefined;
};

/** A size as French readers say it: « 512 octets », « 340 ko », « 1,2 Mo ». */
export const sizeOf = (bytes: number, format: Format) => {
  const texts = format.messages.messaging.attachments;
  if (bytes < 1000) return format.fill(texts.bytes, { size: format.number(bytes) });
  if (bytes < 1000 * 1000)
    return format.fill(texts.kilobytes, { size: format.number(Math.round(bytes / 1000)) });
  return format.fill(texts.megabytes, { size: format.number(Math.round(bytes / 100_000) / 10) });
};

export type AttachmentKind = keyof Format['messages']['messaging']['attachments']['kinds'];

/** The kind of file a type is, for its icon and the words read with it. */
export const kindOf = (contentType: string): AttachmentKind => {
  if (contentType === 'application/pdf') return 'pdf';
  if (contentType.startsWith('image/')) return 'image';
  if (contentType.startsWith('audio/')) return 'audio';
  if (contentType === 'text/plain') return 'text';
  if (/sheet|excel/.test(contentType)) return 'spreadsheet';
  if (/presentation|powerpoint/.test(contentType)) return 'presentation';
  return 'document';
};

/** The badge a file is shown with: its extension (« PDF », « DOCX », « MP3 »), coloured by its kind. */
export const badgeOf = (name: string) => {
  const extension = name.includes('.') ? (name.split('.').at(-1) ?? '') : '';
  return extension.slice(0, 4).toUpperCase() || '?';
};

/**
 * Posts a file with the form the API signed, reporting how much has gone (0 to 1). The form lives on the storage's
 * origin: no cookie nor token travels there.
 */
export const uploadWithProgress = (
  form: { url: string; fields: Record<string, string> },
  file: Blob,
  onProgress: (fraction: number) => void,
) =>
  new Promise<void>((resolve, reject) => {
    const body = new FormData();
    for (const [field, value] of Object.entries(form.fields)) body.append(field, value);
    body.append('file', file);
    const request = new XMLHttpRequest();
    request.open('POST', form.url);
    request.withCredentials = false;
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    });
    request.addEventListener('load', () =>
      request.status >= 200 && request.status < 300 ? resolve() : reject(new ApiError(request.status, '')),
    );
    request.addEventListener('error', () => reject(new ApiUnreachableError()));
    request.send(body);
  });
