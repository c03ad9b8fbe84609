import { GetObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { s3Client } from './clients/s3';

/** Download links last long enough to click, not to be forwarded. */
const linkLifetimeSeconds = 15 * 60;

/**
 * `attachment` with the file's name as every browser reads it (RFC 6266): an ASCII fallback, accents dropped and
 * quotes replaced, and the exact name in UTF-8 (`filename*`), so that « Autorisation signée.pdf » keeps its accent.
 */
export const contentDisposition = (fileName: string) => {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
};

/** A short-lived link that downloads a document of a private bucket under the file name given. */
export const downloadLink = (bucket: string, key: string, fileName: string) =>
  getSignedUrl(
    s3Client,
    new GetObjectCommand({
      Bucket: bucket,
      Key: key,
      ResponseContentDisposition: contentDisposition(fileName),
    }),
    { expiresIn: linkLifetimeSeconds },
  );
