import { DeleteObjectsCommand, ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
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

  // L4 photos
  async list(folder) {
    const names: string[] = [];
    let token: string | undefined;
    do {
      const page = await s3Client.send(
        new ListObjectsV2Command({ Bucket: bucket, Prefix: folder, ContinuationToken: token }),
      );
      for (const object of page.Contents ?? [])
        if (object.Key && !object.Key.slice(folder.length).includes('/'))
          names.push(object.Key.slice(folder.length));
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return names;
  },

  async remove(paths) {
    for (let start = 0; start < paths.length; start += 1000)
      await s3Client.send(
        new DeleteObjectsCommand({
          Bucket: bucket,
          Delete: { Objects: paths.slice(start, start + 1000).map((Key) => ({ Key })) },
        }),
      );
  },
});
