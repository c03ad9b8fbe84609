import { createHmac } from 'node:crypto';
import { s3Client } from './clients/s3';

/**
 * A browser upload form for one object of a private bucket (S3's POST Object with a policy, signed with SigV4): the
 * policy names the one key, the one media type and the range of sizes S3 accepts, so a larger file or another type
 * is refused by S3 itself, and the form expires soon.
 */
export interface UploadFormLimits {
  contentType: string;
  /** The most bytes the file may hold; the fewest is 1. */
  maxBytes: number;
  expiresInSeconds?: number;
}

const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data).digest();

/** `20261207T081500Z` and `20261207`, as SigV4 writes instants. */
const amzDates = (now: Date) => {
  const amzDate = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  return { amzDate, shortDate: amzDate.slice(0, 8) };
};

/** Where the form is posted: the bucket's own address, or locally the emulator's, path-style as the client is. */
const bucketUrl = (bucket: string, region: string) => {
  const endpoint = process.env.AWS_ENDPOINT_URL_S3;
  return endpoint
    ? `${endpoint.replace(/\/+$/, '')}/${bucket}`
    : `https://${bucket}.s3.${region}.amazonaws.com`;
};

export const uploadForm = async (
  bucket: string,
  key: string,
  { contentType, maxBytes, expiresInSeconds = 15 * 60 }: UploadFormLimits,
) => {
  const [credentials, region] = await Promise.all([s3Client.config.credentials(), s3Client.config.region()]);
  const now = new Date();
  const { amzDate, shortDate } = amzDates(now);
  const credential = `${credentials.accessKeyId}/${shortDate}/${region}/s3/aws4_request`;
  const expiresAt = new Date(now.getTime() + expiresInSeconds * 1000).toISOString();
  const signed: Record<string, string> = {
    key,
    'Content-Type': contentType,
    'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
    'X-Amz-Credential': credential,
    'X-Amz-Date': amzDate,
    ...(credentials.sessionToken && { 'X-Amz-Security-Token': credentials.sessionToken }),
  };
  const policy = Buffer.from(
    JSON.stringify({
      expiration: expiresAt,
      conditions: [
        { bucket },
        ...Object.entries(signed).map(([field, value]) => ({ [field]: value })),
        ['content-length-range', 1, maxBytes],
      ],
    }),
  ).toString('base64');
  const signingKey = ['s3', 'aws4_request'].reduce(
    (signingKeySoFar, part) => hmac(signingKeySoFar, part),
    hmac(hmac(`AWS4${credentials.secretAccessKey}`, shortDate), region),
  );
  return {
    url: bucketUrl(bucket, region),
    fields: { ...signed, Policy: policy, 'X-Amz-Signature': hmac(signingKey, policy).toString('hex') },
    expiresAt,
  };
};
