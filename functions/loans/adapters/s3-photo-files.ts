import {
  CopyObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
} from '@aws-sdk/client-s3';
import type { PhotoFiles } from '#domain/loans/photos';
import { s3Client } from '#functions/lib/clients/s3';
import { downloadLink } from '#functions/lib/download-link';
import { isMissingObject } from '#functions/lib/missing-object';
import { uploadForm } from '#functions/lib/upload-form';
import { itemPhotoKey, pendingItemPhotoKey } from '#infra/definitions/school-buckets';

/** How many first bytes tell a JPEG from a PNG from anything else. */
const headBytes = 16;

const extensions = { 'image/jpeg': 'jpg', 'image/png': 'png' } as const;

/**
 * Items' photos in the documents bucket: the browser uploads with a signed form (one type, the size declared) to
 * `uploads/loans-photos/<itemId>/<photoId>`, which the bucket empties after a day; once checked it is copied to
 * `loans/items/<itemId>/photos/<photoId>`, read through short links and by the catalogues.
 */
export const s3PhotoFiles = (bucket: string): PhotoFiles => ({
  uploadForm: (itemId, photoId, upload) =>
    uploadForm(bucket, pendingItemPhotoKey(itemId, photoId), {
      contentType: upload.contentType,
      maxBytes: upload.size,
    }),

  async arrived(itemId, photoId) {
    const Key = pendingItemPhotoKey(itemId, photoId);
    try {
      const head = await s3Client.send(new HeadObjectCommand({ Bucket: bucket, Key }));
      const size = head.ContentLength ?? 0;
      const first =
        size === 0
          ? undefined
          : await s3Client.send(
              new GetObjectCommand({ Bucket: bucket, Key, Range: `bytes=0-${headBytes - 1}` }),
            );
      const bytes = (await first?.Body?.transformToByteArray()) ?? new Uint8Array();
      return { size, contentType: head.ContentType ?? '', head: bytes.slice(0, headBytes) };
    } catch (error) {
      if (isMissingObject(error)) return undefined;
      throw error;
    }
  },

  async keep(itemId, photo) {
    await s3Client.send(
      new CopyObjectCommand({
        Bucket: bucket,
        CopySource: `${bucket}/${pendingItemPhotoKey(itemId, photo.photoId)}`,
        Key: itemPhotoKey(itemId, photo.photoId),
        ContentType: photo.contentType,
        MetadataDirective: 'REPLACE',
      }),
    );
  },

  async remove(itemId, photoId) {
    await s3Client.send(
      new DeleteObjectsCommand({
        Bucket: bucket,
        Delete: {
          Objects: [{ Key: itemPhotoKey(itemId, photoId) }, { Key: pendingItemPhotoKey(itemId, photoId) }],
        },
      }),
    );
  },

  downloadUrl: (itemId, photo) =>
    downloadLink(
      bucket,
      itemPhotoKey(itemId, photo.photoId),
      `${itemId}-${photo.photoId}.${extensions[photo.contentType]}`,
    ),

  async read(itemId, photoId) {
    try {
      const object = await s3Client.send(
        new GetObjectCommand({ Bucket: bucket, Key: itemPhotoKey(itemId, photoId) }),
      );
      return await object.Body?.transformToByteArray();
    } catch (error) {
      if (isMissingObject(error)) return undefined;
      throw error;
    }
  },
});
