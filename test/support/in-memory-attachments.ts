import type {
  AttachmentPorts,
  MessageAttachment,
  PendingUpload,
} from '#domain/messaging/message-attachments';
import { ConflictError } from '#domain/shared/errors';

/**
 * Messages' files in memory: declarations by person, pending files by person and id, kept files by message. A test
 * uploads with `upload(personId, id, bytes, contentType)`, as the browser would with its form.
 */
export const inMemoryAttachments = () => {
  const declared = new Map<string, PendingUpload>();
  const pending = new Map<string, { bytes: Uint8Array; contentType: string }>();
  const kept = new Map<string, { bytes: Uint8Array; keepFor: number }>();
  const keyOf = (owner: string, id: string) => `${owner}/${id}`;
  const ports: Pick<AttachmentPorts, 'uploads' | 'files'> = {
    uploads: {
      async declare(personId, upload) {
        declared.set(keyOf(personId, upload.id), upload);
      },
      find: async (personId, ids) => ids.flatMap((id) => declared.get(keyOf(personId, id)) ?? []),
      async claim(personId, ids) {
        if (ids.some((id) => !declared.has(keyOf(personId, id))))
          throw new ConflictError('attachment_already_sent', 'already sent');
        for (const id of ids) declared.delete(keyOf(personId, id));
      },
    },
    files: {
      uploadForm: async (personId, upload: MessageAttachment) => ({
        url: `memory://uploads/${keyOf(personId, upload.id)}`,
        fields: { 'Content-Type': upload.contentType },
        expiresAt: '2026-12-07T09:15:00.000Z',
      }),
      async arrived(personId, id) {
        const file = pending.get(keyOf(personId, id));
        return (
          file && { size: file.bytes.length, contentType: file.contentType, head: file.bytes.slice(0, 64) }
        );
      },
      async keep(personId, id, messageId, expiresAt) {
        const file = pending.get(keyOf(personId, id));
        if (!file) throw new Error(`no pending file ${keyOf(personId, id)}`);
        kept.set(keyOf(messageId, id), { bytes: file.bytes, keepFor: expiresAt });
      },
      async discard(personId, id) {
        pending.delete(keyOf(personId, id));
      },
      downloadUrl: async (messageId, attachment) =>
        `memory://message-attachments/${keyOf(messageId, attachment.id)}?name=${encodeURIComponent(attachment.name)}`,
    },
  };
  return {
    ports,
    pending,
    kept,
    upload(personId: string, id: string, bytes: Uint8Array, contentType: string) {
      pending.set(keyOf(personId, id), { bytes, contentType });
    },
  };
};
