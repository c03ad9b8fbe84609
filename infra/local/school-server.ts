import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyResultV2 } from 'aws-lambda';
import type { Route } from '#infra/definitions/routes/index';
import { fromApiGatewayResult, type HttpReply, toApiGatewayEvent } from './api-gateway-event';
import type { handlerLoader } from './handler-loader';
import type { AuthorizerVerdict } from './jwt-authorizer';
import { lambdaContext } from './lambda-context';
import { LocalPlatformError } from './platform-error';
import { routeMatcher } from './route-matcher';
import type { ConditionalHeaders } from './site-files';
import { compressedApiReply, serveWebApp } from './static-files';
import { badRequest } from './url-path';

export interface SchoolServerOptions {
  schoolId: string;
  host: string;
  port: number;
  routes: readonly Route[];
  loadHandler: ReturnType<typeof handlerLoader>;
  /** Checks the token of every route that is not public, as the HTTP API's JWT authorizer does. */
  authorize: (authorization: string | undefined) => Promise<AuthorizerVerdict>;
  webDirectory: string;
  /**
   * The school's origin secret, which the local server adds to each API request as the distribution does (and
   * the functions read in their environment): the local server is the school's CloudFront too.
   */
  originVerify: string;
  /** Where the portal uploads documents and reads photos (s3rver), for the web app's Content-Security-Policy. */
  documentOrigins: string[];
  /** Calendar feeds and mini-sites, from the site bucket, checked as the distribution checks them. */
  sharedFiles(url: URL, conditions: ConditionalHeaders): Promise<HttpReply | undefined>;
  log(line: string): void;
}

/** API Gateway's own limit on a request's payload. */
const maxBodyBytes = 10 * 1024 * 1024;

/** One school's origin: `/api/*` goes through the route table to the Lambda handlers, the rest is the web app. */
export const startSchoolServer = async (options: SchoolServerOptions) => {
  const matchRoute = routeMatcher(options.routes);
  const serveWeb = serveWebApp(options.webDirectory, { documentOrigins: options.documentOrigins });

  const answer = async (request: IncomingMessage): Promise<HttpReply> => {
    const url = URL.parse(request.url ?? '/', `http://${request.headers.host ?? 'localhost'}`);
    if (!url) return badRequest();
    const path = url.pathname;
    if (!path.startsWith('/api/')) {
      const conditions = {
        ifNoneMatch: request.headers['if-none-match'],
        ifModifiedSince: request.headers['if-modified-since'],
      };
      return (
        (await options.sharedFiles(url, conditions)) ?? serveWeb(path, request.headers['accept-encoding'])
      );
    }
    const match = matchRoute(request.method ?? 'GET', path);
    if (!match) return jsonReply(404, { message: 'Not Found' });
    const body = await readBody(request);
    if (body === undefined) return jsonReply(413, { message: 'Request Entity Too Large' });
    const verdict =
      match.route.access === 'public' ? undefined : await options.authorize(request.headers.authorization);
    // API Gateway's own answer, which no function shapes (the portal words it: see gatewayUnauthorized).
    if (verdict && 'refusal' in verdict) return verdict.refusal;
    const claims = verdict?.claims;
    const handler = await options.loadHandler(match.route.handler);
    const context = lambdaContext(`preau-${options.schoolId}-${match.route.handler.replace('/', '-')}`);
    try {
      const result = await handler(
        toApiGatewayEvent(request, body, match, { claims, originVerify: options.originVerify }),
        context,
      );
      // As CloudFront's `/api/*` behaviour: JSON answers compressed when the browser accepts it.
      return compressedApiReply(
        fromApiGatewayResult(result as APIGatewayProxyResultV2 | undefined),
        request.headers['accept-encoding'],
      );
    } catch (error) {
      options.log(`${match.route.handler} failed: ${error instanceof Error ? error.stack : error}`);
      return jsonReply(500, { message: 'Internal Server Error' });
    }
  };

  const server = createServer((request, response) => {
    const started = performance.now();
    answer(request)
      .catch((error) => {
        options.log(`local server error: ${error instanceof Error ? error.stack : error}`);
        return jsonReply(500, { message: 'Internal Server Error' });
      })
      .then((reply) => {
        send(response, reply);
        if (request.url?.startsWith('/api/')) {
          options.log(
            `${request.method} ${request.url} ${reply.status} ${Math.round(performance.now() - started)} ms`,
          );
        }
      });
  });
  await listen(server, options.port, options.host);
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host === '127.0.0.1' ? 'localhost' : options.host}:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};

const listen = (server: ReturnType<typeof createServer>, port: number, host: string) =>
  new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new LocalPlatformError(
              `Port ${port} is already in use: stop what uses it or start with PORT=<another>.`,
            )
          : error,
      ),
    );
    server.listen(port, host, () => resolve());
  });

const readBody = async (request: IncomingMessage): Promise<Buffer | undefined> => {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
};

const jsonReply = (status: number, body: unknown): HttpReply => ({
  status,
  headers: { 'content-type': 'application/json' },
  body: Buffer.from(JSON.stringify(body)),
});

const send = (response: ServerResponse, reply: HttpReply) => {
  response.writeHead(reply.status, { ...reply.headers, 'content-length': reply.body.length });
  response.end(reply.body);
};
