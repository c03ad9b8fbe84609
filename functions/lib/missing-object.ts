import { NoSuchKey, NotFound } from '@aws-sdk/client-s3';

/** Whether S3 answered that the object is not there: `NotFound` to a HEAD, `NoSuchKey` to a GET (by name too, as s3rver's errors are not the SDK's classes). */
export const isMissingObject = (error: unknown) =>
  error instanceof NotFound ||
  error instanceof NoSuchKey ||
  ['NotFound', 'NoSuchKey'].includes((error as { name?: string }).name ?? '');
