import { createHash, timingSafeEqual } from 'node:crypto';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { functionEnvironment } from '#infra/definitions/environment';
import { originVerifyHeader, viewerAddressHeader } from '#infra/definitions/shared-files-functions';
import { requireEnv } from './env';

/**
 * The address a request came from, to limit guesses per address. Behind CloudFront the HTTP API sees an edge
 * server's address: the distribution's viewer function writes the viewer's in a header, over whatever the viewer
 * sent (the local server does the same). But the API's own `execute-api` address is reachable without CloudFront,
 * where anyone may write that header: it is trusted only beside the school's origin secret, which the distribution
 * adds to each request it sends; any other request counts by its source address. An IPv6 address counts by its
 * /64, which one subscriber holds whole.
 */
export const clientAddress = (
  event: APIGatewayProxyEventV2,
  originVerify = requireEnv(functionEnvironment.originVerify),
) => {
  const headers = event.headers ?? {};
  const viewerAddress = cameThroughDistribution(headers[originVerifyHeader], originVerify)
    ? headers[viewerAddressHeader]
    : undefined;
  const address = (viewerAddress || event.requestContext.http.sourceIp).replace(
    /^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i,
    '',
  );
  if (!address.includes(':')) return address;
  const groups = expandIpv6(address);
  return groups ? `${groups.slice(0, 4).join(':')}::/64` : address;
};

/** Compared in constant time, over digests of equal length: neither the value nor its length leaks by timing. */
const cameThroughDistribution = (sent: string | undefined, originVerify: string) =>
  sent !== undefined && timingSafeEqual(digest(sent), digest(originVerify));

const digest = (value: string) => createHash('sha256').update(value).digest();

const expandIpv6 = (address: string) => {
  const [head = '', tail] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  if (tail === undefined && left.length !== 8) return undefined;
  const groups = [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return groups.length === 8 ? groups.map((group) => group.toLowerCase().replace(/^0+(?=.)/, '')) : undefined;
};
