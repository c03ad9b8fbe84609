import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
} from '@aws-sdk/client-s3';
import type { Attachment, UploadedFile, UploadForm } from '#domain/messaging/attachments';
import { sniffBytes } from '#domain/messaging/message-attachments';
import { s3Client } from '#functions/lib/clients/s3';
import { downloadLink } from '#functions/lib/download-link';
import { requireEnv } from '#functions/lib/env';
import { isMissingObject } from '#functions/lib/missing-object';
import { uploadForm } from '#functions/lib/upload-form';
import { functionEnvironment } from '#infra/definitions/environment';
import { pendingUploadKey } from '#infra/definitions/school-buckets';

/**
 * School life's shared files in the documents bucket (a work group's documents), under one folder per owner:
 * `<folder>/<ownerId>/<attachmentId>`. The browser uploads with a signed form limited to the declared type and
 * size to the pending place `uploads/<folder>/<ownerId>/<attachmentId>`, which the bucket empties after a day;
 * `uploaded` reads what arrived (size, type, first bytes) for the use case to check, `keep` moves it to its folder
 * (a copy) once shared; downloads are short links. Messages' attachments have their own (`message-attachment-files.ts`).
 */
export const attachmentFiles = (folder: string) => {
  const bucket = requireEnv(functionEnvironment.documentsBucket);
  const keyOf = (ownerId: string, attachmentId: string) => `${folder}/${ownerId}/${attachmentId}`;
  const pendingKeyOf = (ownerId: string, attachmentId: string) =>
    pendingUploadKey(folder, ownerId, attachmentId);
  return {
    uploadForm: (ownerId: string, attachment: Attachment): Promise<UploadForm> =>
      uploadForm(bucket, pendingKeyOf(ownerId, attachment.id), {
        contentType: attachment.contentType,
        maxBytes: attachment.size,
      }),

    async uploaded(ownerId: string, attachmentId: string): Promise<UploadedFile | undefined> {
      const Key = pendingKeyOf(ownerId, attachmentId);
      try {
        const head = await s3Client.send(new HeadObjectCommand({ Bucket: bucket, Key }));
        const size = head.ContentLength ?? 0;
        const first =
          size === 0
            ? undefined
            : await s3Client.send(
                new GetObjectCommand({ Bucket: bucket, Key, Range: `bytes=0-${sniffBytes - 1}` }),
              );
        const bytes = (await first?.Body?.transformToByteArray()) ?? new Uint8Array();
        return { size, contentType: head.ContentType ?? '', head: bytes.slice(0, sniffBytes) };
      } catch (error) {
        if (isMissingObject(error)) return undefined;
        throw error;
      }
    },

    /**
     * Copies a checked upload from its pending place to its owner's folder; the pending copy is left to the
     * bucket's day-long rule, so that a share cut short after the copy can be asked again.
     */
    async keep(ownerId: string, attachmentId: string) {
      await s3Client.send(
        new CopyObjectCommand({
          Bucket: bucket,
          CopySource: `${bucket}/${pendingKeyOf(ownerId, attachmentId)}`,
          Key: keyOf(ownerId, attachmentId),
        }),
      );
    },

    downloadUrl: (ownerId: string, attachment: Attachment) =>
      downloadLink(bucket, keyOf(ownerId, attachment.id), attachment.name),

    async remove(ownerId: string, attachmentId: string) {
      await Promise.all(
        [keyOf(ownerId, attachmentId), pendingKeyOf(ownerId, attachmentId)].map((Key) =>
          s3Client.send(new DeleteObjectCommand({ Bucket: bucket, Key })),
        ),
      );
    },
  };
};

export type AttachmentFiles = ReturnType<typeof attachmentFiles>;
