import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { httpErrors } from './http-errors';
import { type HttpResponse, jsonResponse } from './http-response';
import { httpLogKeys, withInvocationLog } from './logger';

/**
 * Wraps a handler of the HTTP API: JSON responses, domain errors mapped to statuses by one middleware, and log
 * lines that carry the route and the request id.
 */
export const httpHandler = (handle: (event: APIGatewayProxyEventV2) => Promise<HttpResponse>) =>
  withInvocationLog<APIGatewayProxyEventV2, Context, APIGatewayProxyStructuredResultV2>(
    httpLogKeys,
    middy<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>()
      .use(httpErrors())
      .handler(async (event) => jsonResponse(await handle(event))),
  );
