import type { Context } from 'aws-lambda';
import { log } from './logger';

type RouteHandler = (event: { routeKey: string }, context: Context) => Promise<unknown>;

/**
 * The entry of a service's function: API Gateway names the route in `routeKey` (`GET /api/places/{placeId}`),
 * which picks the handler. A route the function does not serve is a deployment error, answered 404.
 */
export const dispatchByRoute =
  (handlers: Readonly<Record<string, RouteHandler>>) =>
  async (event: { routeKey: string }, context: Context) => {
    const handle = handlers[event.routeKey];
    if (!handle) {
      log.error('No handler for this route', { route: event.routeKey });
      return {
        statusCode: 404,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ error: { code: 'not_found', message: 'No handler for this route' } }),
      };
    }
    return handle(event, context);
  };
