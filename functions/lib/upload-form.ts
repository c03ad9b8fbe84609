import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { s3Client } from './clients/s3';

/** What a browser upload form lets through: one media type, at most so many bytes. */
export interface UploadFormLimits {
  contentType: string;
  /** The most bytes the file may hold; the fewest is 1. */
  maxBytes: number;
  expiresInSeconds?: number;
}

/**
 * A browser upload form for one object of a private bucket (S3's POST Object with a signed policy): the policy names
 * the one key, the one media type and the range of sizes S3 accepts, so a larger file or another type is refused by
 * S3 itself, and the form expires soon. Locally the client's endpoint is s3rver's, path-style, and so is the form's.
 */
export const uploadForm = async (
  bucket: string,
  key: string,
  { contentType, maxBytes, expiresInSeconds = 15 * 60 }: UploadFormLimits,
) => {
  const expiresAt = new Date(Date.now() + expiresInSeconds * 1000).toISOString();
  const { url, fields } = await createPresignedPost(s3Client, {
    Bucket: bucket,
    Key: key,
    Conditions: [['content-length-range', 1, maxBytes], { 'Content-Type': contentType }],
    Fields: { 'Content-Type': contentType },
    Expires: expiresInSeconds,
  });
  return { url, fields, expiresAt };
};
