import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { clientAddress } from '#functions/lib/client-address';

const requestFrom = (sourceIp: string, viewerAddress?: string) =>
  ({
    headers: viewerAddress ? { 'x-viewer-address': viewerAddress } : {},
    requestContext: { http: { sourceIp } },
  }) as unknown as APIGatewayProxyEventV2;

describe('the address attempts are counted against', () => {
  it("is the viewer's, as the distribution wrote it, not the edge server's", () => {
    expect(clientAddress(requestFrom('130.176.1.2', '203.0.113.7'))).toBe('203.0.113.7');
    expect(clientAddress(requestFrom('203.0.113.7'))).toBe('203.0.113.7');
  });

  it('counts an IPv6 address by its /64, which one subscriber holds whole', () => {
    expect(clientAddress(requestFrom('1.1.1.1', '2001:db8:0:12:a:b:c:d'))).toBe('2001:db8:0:12::/64');
    expect(clientAddress(requestFrom('1.1.1.1', '2001:DB8:0:12::1'))).toBe('2001:db8:0:12::/64');
    expect(clientAddress(requestFrom('1.1.1.1', '2001:db8::1'))).toBe('2001:db8:0:0::/64');
  });

  it('reads an IPv4 address mapped in IPv6 as the IPv4 address', () => {
    expect(clientAddress(requestFrom('::ffff:192.0.2.10'))).toBe('192.0.2.10');
  });
});
