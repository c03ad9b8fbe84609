import { PutObjectCommand } from '@aws-sdk/client-s3';
import { s3Client } from '#functions/lib/clients/s3';
import { downloadLink } from '#functions/lib/download-link';
import { documentPrefixes } from '#infra/definitions/school-buckets';

/** Stores an export in the documents bucket and signs a short download link to it. */
export const exportFiles = (bucket: string) => ({
  async store(exportId: string, fileName: string, body: Uint8Array, contentType: string) {
    const key = `${documentPrefixes.exports.prefix}${exportId}/${fileName}`;
    await s3Client.send(
      new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: contentType }),
    );
    return downloadLink(bucket, key, fileName);
  },
});
