import { DeleteObjectCommand, HeadObjectCommand, NotFound } from '@aws-sdk/client-s3';
import type { Attachment, UploadedFile, UploadForm } from '#domain/messaging/attachments';
import { s3Client } from '#functions/lib/clients/s3';
import { downloadLink } from '#functions/lib/download-link';
import { requireEnv } from '#functions/lib/env';
import { uploadForm } from '#functions/lib/upload-form';
import { functionEnvironment } from '#infra/definitions/environment';

/**
 * School life's files in the documents bucket, under one folder per owner (a work group, a message):
 * `<folder>/<ownerId>/<attachmentId>`. The browser uploads with a signed form limited to the declared type and
 * size; `uploaded` reads what arrived, for the use case to check before it shares; downloads are short links.
 * Work groups use it with the folder `work-groups`; messages' attachments with their own.
 */
export const attachmentFiles = (folder: string) => {
  const bucket = requireEnv(functionEnvironment.documentsBucket);
  const keyOf = (ownerId: string, attachmentId: string) => `${folder}/${ownerId}/${attachmentId}`;
  return {
    uploadForm: (ownerId: string, attachment: Attachment): Promise<UploadForm> =>
      uploadForm(bucket, keyOf(ownerId, attachment.id), {
        contentType: attachment.contentType,
        maxBytes: attachment.size,
      }),

    async uploaded(ownerId: string, attachmentId: string): Promise<UploadedFile | undefined> {
      try {
        const head = await s3Client.send(
          new HeadObjectCommand({ Bucket: bucket, Key: keyOf(ownerId, attachmentId) }),
        );
        return { size: head.ContentLength ?? 0, contentType: head.ContentType ?? '' };
      } catch (error) {
        if (error instanceof NotFound || (error as { name?: string }).name === 'NotFound') return undefined;
        throw error;
      }
    },

    downloadUrl: (ownerId: string, attachment: Attachment) =>
      downloadLink(bucket, keyOf(ownerId, attachment.id), attachment.name),

    async remove(ownerId: string, attachmentId: string) {
      await s3Client.send(new DeleteObjectCommand({ Bucket: bucket, Key: keyOf(ownerId, attachmentId) }));
    },
  };
};

export type AttachmentFiles = ReturnType<typeof attachmentFiles>;
