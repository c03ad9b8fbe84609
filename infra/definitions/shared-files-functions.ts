/**
 * CloudFront Functions (viewer request) of the shared files and the API. Mini-site addresses end with `/`: the
 * bucket has no index documents behind Origin Access Control, so the function names the page. The API is told the
 * address the viewer used (the HTTP API only sees its own host), to build links such as a feed's signed URL.
 */
export const miniSiteIndexCode = `
function handler(event) {
  const request = event.request;
  if (request.uri.endsWith('/')) {
    request.uri = request.uri + 'index.html';
    return request;
  }
  if (!request.uri.split('/').pop().includes('.')) {
    return { statusCode: 301, statusDescription: 'Moved Permanently', headers: { location: { value: request.uri + '/' } } };
  }
  return request;
}`;

type MiniSiteRequest = { uri: string };
type MiniSiteAnswer = MiniSiteRequest | { statusCode: number; headers: { location: { value: string } } };

/** The mini-site function as CloudFront runs it, for the local server: a rewritten path, or a redirect. */
export const miniSiteIndex = (): ((uri: string) => MiniSiteAnswer) => {
  const handler = new Function(`${miniSiteIndexCode}\nreturn handler;`)() as (event: {
    request: MiniSiteRequest;
  }) => MiniSiteAnswer;
  return (uri) => handler({ request: { uri } });
};

/** The header in which the API learns the viewer's address (its own source address is CloudFront's). */
export const viewerAddressHeader = 'x-viewer-address';

/**
 * The header the distribution adds to every request it sends the API (a custom header of its API origin), holding
 * the school's origin secret: the HTTP API's own `execute-api` address is reachable without CloudFront, where
 * anyone may write `x-viewer-address`, so the API trusts that header only beside this one (AWS's practice for an
 * origin that only CloudFront should speak for).
 */
export const originVerifyHeader = 'x-origin-verify';

export const forwardedHostCode = `
function handler(event) {
  const request = event.request;
  request.headers['x-forwarded-host'] = { value: request.headers.host.value };
  request.headers['x-forwarded-proto'] = { value: 'https' };
  request.headers['${viewerAddressHeader}'] = { value: event.viewer.ip };
  return request;
}`;
