import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clientAddress } from '#functions/lib/client-address';

/** The school's origin secret, as the distribution sends it and the function holds it. */
const originSecret = 'q7Lm2Xv9RkT4wPz8NbC3dYhJ6sFgA1eU';

/** A request as the HTTP API hands it: from `sourceIp`, with the headers CloudFront (or anyone) wrote; null sends no secret. */
const requestFrom = (sourceIp: string, viewerAddress?: string, sentSecret: string | null = originSecret) =>
  ({
    headers: {
      ...(viewerAddress && { 'x-viewer-address': viewerAddress }),
      ...(sentSecret !== null && { 'x-origin-verify': sentSecret }),
    },
    requestContext: { http: { sourceIp } },
  }) as unknown as APIGatewayProxyEventV2;

describe('the address attempts are counted against', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("is the viewer's, as the distribution wrote it, not the edge server's", () => {
    expect(clientAddress(requestFrom('130.176.1.2', '203.0.113.7'), originSecret)).toBe('203.0.113.7');
    expect(clientAddress(requestFrom('203.0.113.7'), originSecret)).toBe('203.0.113.7');
  });

  it('is the source address when the viewer address comes without the origin secret: a call to execute-api', () => {
    // Straight to the API's own address, bypassing CloudFront: a new address in the header for each guess.
    expect(clientAddress(requestFrom('198.51.100.4', '203.0.113.7', null), originSecret)).toBe(
      '198.51.100.4',
    );
    expect(clientAddress(requestFrom('198.51.100.4', '203.0.113.8', 'guessed'), originSecret)).toBe(
      '198.51.100.4',
    );
    // A secret of another length, or only a prefix of the right one, is no better.
    expect(
      clientAddress(requestFrom('198.51.100.4', '203.0.113.9', originSecret.slice(0, 8)), originSecret),
    ).toBe('198.51.100.4');
    expect(clientAddress(requestFrom('198.51.100.4', '203.0.113.9', `${originSecret}x`), originSecret)).toBe(
      '198.51.100.4',
    );
    expect(clientAddress(requestFrom('198.51.100.4', '203.0.113.9', ''), originSecret)).toBe('198.51.100.4');
  });

  it('reads the origin secret the function was given, and fails loudly without one', () => {
    vi.stubEnv('ORIGIN_VERIFY', originSecret);
    expect(clientAddress(requestFrom('130.176.1.2', '203.0.113.7'))).toBe('203.0.113.7');
    expect(clientAddress(requestFrom('130.176.1.2', '203.0.113.7', 'forged'))).toBe('130.176.1.2');
    vi.stubEnv('ORIGIN_VERIFY', '');
    expect(() => clientAddress(requestFrom('130.176.1.2', '203.0.113.7'))).toThrow(
      'Environment variable ORIGIN_VERIFY is not set',
    );
  });

  it('counts an IPv6 address by its /64, which one subscriber holds whole', () => {
    expect(clientAddress(requestFrom('1.1.1.1', '2001:db8:0:12:a:b:c:d'), originSecret)).toBe(
      '2001:db8:0:12::/64',
    );
    expect(clientAddress(requestFrom('1.1.1.1', '2001:DB8:0:12::1'), originSecret)).toBe(
      '2001:db8:0:12::/64',
    );
    expect(clientAddress(requestFrom('1.1.1.1', '2001:db8::1'), originSecret)).toBe('2001:db8:0:0::/64');
    expect(clientAddress(requestFrom('2001:db8:0:12::1', undefined, null), originSecret)).toBe(
      '2001:db8:0:12::/64',
    );
  });

  it('reads an IPv4 address mapped in IPv6 as the IPv4 address', () => {
    expect(clientAddress(requestFrom('::ffff:192.0.2.10'), originSecret)).toBe('192.0.2.10');
  });
});
