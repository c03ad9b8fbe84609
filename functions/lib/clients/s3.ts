import { S3Client } from '@aws-sdk/client-s3';

/**
 * Created once per Lambda instance. Locally, AWS_ENDPOINT_URL_S3 points it at s3rver, which only understands
 * path-style addresses; in AWS no endpoint is set and buckets are addressed by host as usual.
 */
export const s3Client = new S3Client({ forcePathStyle: process.env.AWS_ENDPOINT_URL_S3 !== undefined });
