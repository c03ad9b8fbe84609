import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { sitePrefixes } from '../definitions/school-buckets';
import { miniSiteIndex } from '../definitions/shared-files-functions';
import type { HttpReply } from './api-gateway-event';
import { signedUrlHolds } from './signed-url-check';
import { badRequest, decodedPath } from './url-path';

/**
 * The shared files of the site bucket as the distribution serves them: feeds only with a valid signed URL (else
 * 403, as CloudFront answers), mini-sites at their address (`/s/<token>/` gets its index). No compression: Outlook
 * has failed on compressed feeds. No copy either, as CloudFront keeps none of shared files: every request reads
 * the bucket, so a revoked feed or a site taken down answers 403 as soon as its files are deleted.
 */
export const serveSharedFiles = (s3: S3Client, bucket: string, trustedKeys: ReadonlyMap<string, string>) => {
  const indexOf = miniSiteIndex();
  return async (url: URL): Promise<HttpReply | undefined> => {
    const path = decodedPath(url.pathname);
    if (path === undefined) return isShared(url.pathname) ? badRequest() : undefined;
    if (path.startsWith(`/${sitePrefixes.feeds}/`)) {
      if (!signedUrlHolds(url, trustedKeys)) return denied();
      return (await objectOf(s3, bucket, path.slice(1))) ?? denied();
    }
    if (path.startsWith(`/${sitePrefixes.miniSites}/`)) {
      const answer = indexOf(path);
      if ('statusCode' in answer) {
        return {
          status: answer.statusCode,
          headers: { location: answer.headers.location.value },
          body: Buffer.alloc(0),
        };
      }
      return (await objectOf(s3, bucket, answer.uri.slice(1))) ?? denied();
    }
    return undefined;
  };
};

const isShared = (pathname: string) =>
  [sitePrefixes.feeds, sitePrefixes.miniSites].some((prefix) => pathname.startsWith(`/${prefix}/`));

const objectOf = async (s3: S3Client, bucket: string, key: string): Promise<HttpReply | undefined> => {
  if (key.includes('..')) return undefined;
  try {
    const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    return {
      status: 200,
      headers: {
        'content-type': object.ContentType ?? 'application/octet-stream',
        'cache-control': object.CacheControl ?? 'no-cache',
      },
      body: Buffer.from((await object.Body?.transformToByteArray()) ?? new Uint8Array()),
    };
  } catch {
    return undefined;
  }
};

/** CloudFront's answer to a missing object behind Origin Access Control, and to a bad signature alike. */
const denied = (): HttpReply => ({
  status: 403,
  headers: { 'content-type': 'text/plain; charset=utf-8' },
  body: Buffer.from('Access denied'),
});
