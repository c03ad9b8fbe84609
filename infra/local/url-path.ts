import type { HttpReply } from './api-gateway-event';

/** The path of a request with its escapes decoded; undefined for a malformed escape (`%E0%A4%A`, `%`). */
export const decodedPath = (pathname: string) => {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
};

/** What CloudFront answers to a URL it cannot read: 400, with no data. */
export const badRequest = (): HttpReply => ({
  status: 400,
  headers: { 'content-type': 'text/plain; charset=utf-8' },
  body: Buffer.from('Bad request'),
});
