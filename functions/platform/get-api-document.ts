import { httpHandler } from '#functions/lib/http-handler';
import { openApiDocument } from '#infra/definitions/openapi/openapi-document';

let document: ReturnType<typeof openApiDocument> | undefined;

/** The API in OpenAPI 3.1, generated on the first call from the route table the function was built with. */
export const handler = httpHandler(async () => {
  document ??= openApiDocument();
  return { status: 200, body: document, headers: { 'cache-control': 'public, max-age=300' } };
});
