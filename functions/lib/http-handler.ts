import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { httpErrors } from './http-errors';
import { type HttpResponse, jsonResponse } from './http-response';

/** Wraps a handler of the HTTP API: JSON responses, and domain errors mapped to statuses by one middleware. */
export const httpHandler = (handle: (event: APIGatewayProxyEventV2) => Promise<HttpResponse>) =>
  middy<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>()
    .use(httpErrors())
    .handler(async (event) => jsonResponse(await handle(event)));
