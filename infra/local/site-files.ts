import {
  GetObjectCommand,
  type GetObjectCommandOutput,
  type S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { sitePrefixes } from '#infra/definitions/school-buckets';
import { miniSiteIndex } from '#infra/definitions/shared-files-functions';
import type { HttpReply } from './api-gateway-event';
import { signedUrlHolds } from './signed-url-check';
import { badRequest, decodedPath } from './url-path';

/**
 * The shared files of the site bucket as the distribution serves them: feeds only with a valid signed URL (else
 * 403, as CloudFront answers), mini-sites at their address (`/s/<token>/` gets its index). No compression: Outlook
 * has failed on compressed feeds. No copy either, as CloudFront keeps none of shared files: every request reads
 * the bucket, so a revoked feed or a site taken down answers 403 as soon as its files are deleted. A conditional
 * request goes to the bucket as CloudFront forwards it, and the bucket's 304 comes back: calendar apps then skip a
 * feed that did not change, with its ETag and Last-Modified as S3 gives them.
 */
export const serveSharedFiles = (s3: S3Client, bucket: string, trustedKeys: ReadonlyMap<string, string>) => {
  const indexOf = miniSiteIndex();
  return async (url: URL, conditions: ConditionalHeaders = {}): Promise<HttpReply | undefined> => {
    const path = decodedPath(url.pathname);
    if (path === undefined) return isShared(url.pathname) ? badRequest() : undefined;
    if (path.startsWith(`/${sitePrefixes.feeds}/`)) {
      if (!signedUrlHolds(url, trustedKeys)) return denied();
      return (await objectOf(s3, bucket, path.slice(1), conditions)) ?? denied();
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
      return (await objectOf(s3, bucket, answer.uri.slice(1), conditions)) ?? denied();
    }
    return undefined;
  };
};

const isShared = (pathname: string) =>
  [sitePrefixes.feeds, sitePrefixes.miniSites].some((prefix) => pathname.startsWith(`/${prefix}/`));

/** The validators a calendar app or a browser sends back (RFC 9110, 13.1). */
export interface ConditionalHeaders {
  ifNoneMatch?: string;
  ifModifiedSince?: string;
}

const objectOf = async (
  s3: S3Client,
  bucket: string,
  key: string,
  { ifNoneMatch, ifModifiedSince }: ConditionalHeaders,
): Promise<HttpReply | undefined> => {
  if (key.includes('..')) return undefined;
  // If-None-Match wins: with it, If-Modified-Since is ignored (RFC 9110, 13.1.3), as S3 does.
  const conditions = ifNoneMatch ? { IfNoneMatch: ifNoneMatch } : validDate(ifModifiedSince);
  try {
    const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key, ...conditions }));
    return {
      status: 200,
      headers: { ...validatorsOf(object), 'content-type': object.ContentType ?? 'application/octet-stream' },
      body: Buffer.from((await object.Body?.transformToByteArray()) ?? new Uint8Array()),
    };
  } catch (error) {
    if (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 304) {
      const headers: Record<string, string> = { 'cache-control': 'no-cache' };
      if (ifNoneMatch && ifNoneMatch !== '*') headers.etag = ifNoneMatch;
      return { status: 304, headers, body: Buffer.alloc(0) };
    }
    return undefined;
  }
};

const validatorsOf = (object: GetObjectCommandOutput): Record<string, string> => ({
  'cache-control': object.CacheControl ?? 'no-cache',
  ...(object.ETag && { etag: object.ETag }),
  ...(object.LastModified && { 'last-modified': object.LastModified.toUTCString() }),
});

/** A date the client sent back; one that does not parse is ignored, as HTTP wants. */
const validDate = (value: string | undefined) => {
  const date = value === undefined ? Number.NaN : Date.parse(value);
  return Number.isNaN(date) ? {} : { IfModifiedSince: new Date(date) };
};

/** CloudFront's answer to a missing object behind Origin Access Control, and to a bad signature alike. */
const denied = (): HttpReply => ({
  status: 403,
  headers: { 'content-type': 'text/plain; charset=utf-8' },
  body: Buffer.from('Access denied'),
});
