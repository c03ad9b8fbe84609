import { PutObjectCommand } from '@aws-sdk/client-s3';
import type { CatalogueFiles } from '#domain/loans/loans-ports';
import { s3Client } from '#functions/lib/clients/s3';

/**
 * The catalogues' pages in the site bucket, under the mini-sites' prefix: CloudFront serves them as it serves a
 * mini-site, keeping no copy (`no-cache`), so a change shows at the next visit.
 */
export const s3CatalogueFiles = (bucket: string): CatalogueFiles => ({
  async put(files) {
    const written = await Promise.allSettled(
      files.map((file) =>
        s3Client.send(
          new PutObjectCommand({
            Bucket: bucket,
            Key: file.path,
            Body: file.body,
            ContentType: file.contentType,
            CacheControl: 'no-cache',
          }),
        ),
      ),
    );
    const failed = written.find((result): result is PromiseRejectedResult => result.status === 'rejected');
    if (failed) throw failed.reason;
  },
});
