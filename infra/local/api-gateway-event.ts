import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import { originVerifyHeader, viewerAddressHeader } from '#infra/definitions/shared-files-functions';
import type { RouteMatch } from './route-matcher';

const textTypes = /^(?:text\/|application\/(?:json|xml|x-www-form-urlencoded|[\w.+-]+\+(?:json|xml))|$)/;

/**
 * Builds the event API Gateway's HTTP API (payload format 2.0) gives a Lambda function for this request, as it
 * arrives through the distribution: `originVerify` is the school's origin secret, which CloudFront adds.
 */
export const toApiGatewayEvent = (
  request: IncomingMessage,
  body: Buffer,
  match: RouteMatch,
  { claims, originVerify }: { claims?: Record<string, string>; originVerify: string },
): APIGatewayProxyEventV2 => {
  const url = new URL(request.url ?? '/', 'http://local');
  const headers: Record<string, string> = {
    ...joinedHeaders(request),
    // As the distribution's viewer function does: the viewer's address, over whatever the caller wrote there.
    [viewerAddressHeader]: request.socket.remoteAddress ?? '127.0.0.1',
    // As its API origin does: the school's origin secret, over any the caller sent.
    [originVerifyHeader]: originVerify,
  };
  const isText = textTypes.test((headers['content-type'] ?? '').split(';')[0] ?? '');
  const now = new Date();
  const routeKey = `${match.route.method} ${match.route.path}`;
  const query = queryParameters(url.searchParams);
  return {
    version: '2.0',
    routeKey,
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    cookies: request.headers.cookie?.split(/;\s*/),
    headers,
    queryStringParameters: Object.keys(query).length > 0 ? query : undefined,
    pathParameters: Object.keys(match.pathParameters).length > 0 ? match.pathParameters : undefined,
    requestContext: {
      ...(claims && { authorizer: { jwt: { claims, scopes: claims.scope?.split(' ') ?? null } } }),
      accountId: '000000000000',
      apiId: 'local',
      domainName: headers.host ?? 'localhost',
      domainPrefix: (headers.host ?? 'localhost').split('.')[0] ?? 'localhost',
      http: {
        method: request.method ?? 'GET',
        path: url.pathname,
        protocol: `HTTP/${request.httpVersion}`,
        sourceIp: request.socket.remoteAddress ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey,
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    body: body.length === 0 ? undefined : isText ? body.toString('utf8') : body.toString('base64'),
    isBase64Encoded: body.length > 0 && !isText,
  };
};

/** API Gateway joins repeated headers and query parameters with commas, and moves cookies to `cookies`. */
const joinedHeaders = (request: IncomingMessage) => {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined && name !== 'cookie')
      headers[name] = Array.isArray(value) ? value.join(',') : value;
  }
  // As the distribution's viewer function does: the API learns the address the caller used, not the caller's say.
  headers['x-forwarded-host'] = headers.host ?? 'localhost';
  headers['x-forwarded-proto'] = 'http';
  return headers;
};

const queryParameters = (search: URLSearchParams) => {
  const parameters: Record<string, string> = {};
  for (const name of new Set(search.keys())) parameters[name] = search.getAll(name).join(',');
  return parameters;
};

export interface HttpReply {
  status: number;
  headers: Record<string, string | string[]>;
  body: Buffer;
}

/** Turns a handler's result into the HTTP response, with API Gateway's rules for non-structured results. */
export const fromApiGatewayResult = (result: APIGatewayProxyResultV2 | undefined): HttpReply => {
  if (typeof result !== 'object' || result === null || !('statusCode' in result)) {
    const body = typeof result === 'string' ? result : JSON.stringify(result ?? null);
    return { status: 200, headers: { 'content-type': 'application/json' }, body: Buffer.from(body) };
  }
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(result.headers ?? {}))
    headers[name.toLowerCase()] = String(value);
  if (result.cookies?.length) headers['set-cookie'] = result.cookies;
  const encoding = result.isBase64Encoded ? 'base64' : 'utf8';
  return { status: result.statusCode ?? 200, headers, body: Buffer.from(result.body ?? '', encoding) };
};
