import { GetObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { s3Client } from './clients/s3';

/** Download links last long enough to click, not to be forwarded. */
const linkLifetimeSeconds = 15 * 60;

/** A short-lived link that downloads a document of a private bucket under the file name given. */
export const downloadLink = (bucket: string, key: string, fileName: string) =>
  getSignedUrl(
    s3Client,
    new GetObjectCommand({
      Bucket: bucket,
      Key: key,
      ResponseContentDisposition: `attachment; filename="${fileName}"`,
    }),
    { expiresIn: linkLifetimeSeconds },
  );
