import {
  DeleteObjectCommand,
  DeleteObjectsCommand,
  ListObjectsV2Command,
  PutObjectCommand,
} from '@aws-sdk/client-s3';
import type { SiteFiles } from '#domain/sharing/sharing-ports';
import { s3Client } from '#functions/lib/clients/s3';
import { feedPath, miniSitePath } from '#infra/definitions/school-buckets';

/**
 * The shared files in the site bucket. CloudFront keeps no copy of them (every request reads the bucket), and
 * `no-cache` has browsers and calendar apps ask again too: a change reaches calendars at their next poll, and a
 * revoked feed or a mini-site taken down answers 403 as soon as its files are deleted.
 */
const sharedCacheControl = 'no-cache';
export const s3SiteFiles = (bucket: string): SiteFiles => ({
  async putFeed(feedId, ics) {
    await s3Client.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: feedPath(feedId),
        Body: ics,
        ContentType: 'text/calendar; charset=utf-8',
        CacheControl: sharedCacheControl,
      }),
    );
  },

  async removeFeed(feedId) {
    await s3Client.send(new DeleteObjectCommand({ Bucket: bucket, Key: feedPath(feedId) }));
  },

  /** Every page, side by side; answers once each write has answered, so that none lands after a failure. */
  async putMiniSite(token, files) {
    const written = await Promise.allSettled(
      files.map((file) =>
        s3Client.send(
          new PutObjectCommand({
            Bucket: bucket,
            Key: miniSitePath(token, file.path),
            Body: file.body,
            ContentType: file.contentType,
            CacheControl: sharedCacheControl,
          }),
        ),
      ),
    );
    const failed = written.find((result): result is PromiseRejectedResult => result.status === 'rejected');
    if (failed) throw failed.reason;
  },

  /** Every page under the site's address, whatever their names (a renamed tab leaves its old page behind). */
  async removeMiniSite(token) {
    let ContinuationToken: string | undefined;
    do {
      const listed = await s3Client.send(
        new ListObjectsV2Command({ Bucket: bucket, Prefix: miniSitePath(token), ContinuationToken }),
      );
      const keys = (listed.Contents ?? []).map(({ Key }) => ({ Key }));
      if (keys.length > 0) {
        const { Errors = [] } = await s3Client.send(
          new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: keys, Quiet: true } }),
        );
        if (Errors.length > 0) throw new Error(`Pages of a mini-site not deleted: ${Errors[0]?.Code}`);
      }
      ContinuationToken = listed.IsTruncated ? listed.NextContinuationToken : undefined;
    } while (ContinuationToken);
  },
});
