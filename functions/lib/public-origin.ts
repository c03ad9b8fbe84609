import type { APIGatewayProxyEventV2 } from 'aws-lambda';

/**
 * The school's public address as the caller reached it: CloudFront's viewer function sets the forwarded host and
 * scheme on every API request (the API itself only sees its own host); locally, the server does the same.
 */
export const publicOrigin = (event: APIGatewayProxyEventV2) => {
  const host = event.headers['x-forwarded-host'] ?? event.headers.host;
  const scheme = event.headers['x-forwarded-proto'] ?? 'https';
  return `${scheme}://${host}`;
};
