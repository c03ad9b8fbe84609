import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
} from '@aws-sdk/client-s3';
import { PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type {
  AttachmentPorts,
  MessageFiles,
  PendingUpload,
  PendingUploads,
} from '#domain/messaging/message-attachments';
import { sniffBytes } from '#domain/messaging/message-attachments';
import { ConflictError } from '#domain/shared/errors';
import { batchGet } from '#functions/lib/batch-get';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { s3Client } from '#functions/lib/clients/s3';
import { downloadLink } from '#functions/lib/download-link';
import { requireEnv } from '#functions/lib/env';
import { isMissingObject } from '#functions/lib/missing-object';
import { uploadForm } from '#functions/lib/upload-form';
import { functionEnvironment } from '#infra/definitions/environment';
import {
  keepDaysOf,
  messageAttachmentKey,
  messageAttachments,
  pendingUploadKey,
} from '#infra/definitions/school-buckets';
import { messageKeys } from '#infra/definitions/school-table';

/** A declared upload is forgotten after a day (the table's TTL), as its file is by the bucket. */
const pendingSeconds = 24 * 60 * 60;
const folder = 'messages';

/** The declarations of uploads, one item each in the writer's partition: nobody else's id finds them. */
export const dynamoPendingUploads = (tableName: string): PendingUploads => ({
  async declare(personId, upload) {
    await documentClient.send(
      new PutCommand({
        TableName: tableName,
        Item: {
          ...messageKeys.upload(personId, upload.id),
          entity: 'message-upload',
          ...upload,
          expiresAt: Math.floor(Date.parse(upload.declaredAt) / 1000) + pendingSeconds,
        },
      }),
    );
  },

  async find(personId, uploadIds) {
    const items = await batchGet(
      tableName,
      uploadIds.map((id) => messageKeys.upload(personId, id)),
      { consistent: true },
    );
    const now = Date.now() / 1000;
    // The TTL removes an item some time after it expired: an expired declaration is already gone.
    return items
      .filter((item) => Number(item.expiresAt) > now)
      .map(({ PK, SK, entity, expiresAt, ...upload }) => upload as unknown as PendingUpload);
  },

  async claim(personId, uploadIds) {
    try {
      await documentClient.send(
        new TransactWriteCommand({
          TransactItems: uploadIds.map((id) => ({
            Delete: {
              TableName: tableName,
              Key: messageKeys.upload(personId, id),
              ConditionExpression: 'attribute_exists(PK)',
            },
          })),
        }),
      );
    } catch (error) {
      if ((error as Error).name === 'TransactionCanceledException')
        throw new ConflictError(
          'attachment_already_sent',
          'A file was sent with another message at the same time: upload it again to send it here',
        );
      throw error;
    }
  },
});

/** The files in the documents bucket: pending under `uploads/messages/<person>/`, then under their message. */
export const s3MessageFiles = (bucketOf: () => string): MessageFiles => ({
  uploadForm: (personId, upload) =>
    uploadForm(bucketOf(), pendingUploadKey(folder, personId, upload.id), {
      contentType: upload.contentType,
      maxBytes: upload.size,
    }),

  async arrived(personId, uploadId) {
    const Bucket = bucketOf();
    const Key = pendingUploadKey(folder, personId, uploadId);
    try {
      const head = await s3Client.send(new HeadObjectCommand({ Bucket, Key }));
      const size = head.ContentLength ?? 0;
      if (size === 0) return { size, contentType: head.ContentType ?? '', head: new Uint8Array() };
      const first = await s3Client.send(
        new GetObjectCommand({ Bucket, Key, Range: `bytes=0-${sniffBytes - 1}` }),
      );
      const bytes = (await first.Body?.transformToByteArray()) ?? new Uint8Array();
      return { size, contentType: head.ContentType ?? '', head: bytes.slice(0, sniffBytes) };
    } catch (error) {
      if (isMissingObject(error)) return undefined;
      throw error;
    }
  },

  async keep(personId, uploadId, messageId, expiresAt) {
    const bucket = bucketOf();
    await s3Client.send(
      new CopyObjectCommand({
        Bucket: bucket,
        CopySource: `${bucket}/${pendingUploadKey(folder, personId, uploadId)}`,
        Key: messageAttachmentKey(messageId, uploadId),
        TaggingDirective: 'REPLACE',
        Tagging: `${messageAttachments.tagKey}=${keepDaysOf(expiresAt, new Date())}`,
      }),
    );
  },

  async discard(personId, uploadId) {
    await s3Client.send(
      new DeleteObjectCommand({ Bucket: bucketOf(), Key: pendingUploadKey(folder, personId, uploadId) }),
    );
  },

  downloadUrl: (messageId, attachment) =>
    downloadLink(bucketOf(), messageAttachmentKey(messageId, attachment.id), attachment.name),
});

/** The attachments' ports of the message functions; the bucket is read when used (`needs.documents`). */
export const messageAttachmentPorts = (tableName: string): Pick<AttachmentPorts, 'uploads' | 'files'> => ({
  uploads: dynamoPendingUploads(tableName),
  files: s3MessageFiles(() => requireEnv(functionEnvironment.documentsBucket)),
});
