/**
 * The CloudFront Function (viewer request) of the web app's behaviour: deep links of the single-page app
 * (`/places/42`) get index.html. Only that behaviour runs it: distribution-wide error responses would also turn
 * the API's 404s into index.html. The local server runs this very code, so both serve the same paths.
 */
export const webAppRewriteCode = `
function handler(event) {
  const request = event.request;
  const lastSegment = request.uri.split('/').pop();
  if (!lastSegment.includes('.')) request.uri = '/index.html';
  return request;
}`;

type ViewerRequestHandler = (event: { request: { uri: string } }) => { uri: string };

/** The function as CloudFront runs it, for the local server and the tests. */
export const webAppRewrite = (): ((uri: string) => string) => {
  const handler = new Function(`${webAppRewriteCode}\nreturn handler;`)() as ViewerRequestHandler;
  return (uri) => handler({ request: { uri } }).uri;
};
