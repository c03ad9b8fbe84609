import {
  DeleteObjectCommand,
  DeleteObjectsCommand,
  ListObjectsV2Command,
  PutObjectCommand,
} from '@aws-sdk/client-s3';
import type { SiteFiles } from '../../../domain/sharing/sharing-ports';
import { feedPath, miniSitePath } from '../../../infra/definitions/school-buckets';
import { s3Client } from '../../lib/clients/s3';

/**
 * The shared files in the site bucket. CloudFront keeps them a few minutes at most, so that a change reaches
 * calendars at their next poll and a revoked feed stops answering soon after.
 */
export const s3SiteFiles = (bucket: string): SiteFiles => ({
  async putFeed(feedId, ics) {
    await s3Client.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: feedPath(feedId),
        Body: ics,
        ContentType: 'text/calendar; charset=utf-8',
        CacheControl: 'max-age=300',
      }),
    );
  },

  async removeFeed(feedId) {
    await s3Client.send(new DeleteObjectCommand({ Bucket: bucket, Key: feedPath(feedId) }));
  },

  async putMiniSite(token, files) {
    await Promise.all(
      files.map((file) =>
        s3Client.send(
          new PutObjectCommand({
            Bucket: bucket,
            Key: miniSitePath(token, file.path),
            Body: file.body,
            ContentType: file.contentType,
            CacheControl: 'max-age=60',
          }),
        ),
      ),
    );
  },

  async removeMiniSite(token) {
    const { Contents = [] } = await s3Client.send(
      new ListObjectsV2Command({ Bucket: bucket, Prefix: miniSitePath(token) }),
    );
    if (Contents.length === 0) return;
    await s3Client.send(
      new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: Contents.map(({ Key }) => ({ Key })) } }),
    );
  },
});
