import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { viewerAddressHeader } from '#infra/definitions/shared-files-functions';

/**
 * The address a request came from, to limit guesses per address. Behind CloudFront the HTTP API sees an edge
 * server's address: the distribution's viewer function writes the viewer's in a header, over whatever the viewer
 * sent (the local server does the same). An IPv6 address counts by its /64, which one subscriber holds whole.
 */
export const clientAddress = (event: APIGatewayProxyEventV2) => {
  const given = event.headers?.[viewerAddressHeader] || event.requestContext.http.sourceIp;
  const address = given.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
  if (!address.includes(':')) return address;
  const groups = expandIpv6(address);
  return groups ? `${groups.slice(0, 4).join(':')}::/64` : address;
};

const expandIpv6 = (address: string) => {
  const [head = '', tail] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  if (tail === undefined && left.length !== 8) return undefined;
  const groups = [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return groups.length === 8 ? groups.map((group) => group.toLowerCase().replace(/^0+(?=.)/, '')) : undefined;
};
