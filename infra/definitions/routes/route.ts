import type { $ZodType } from 'zod/v4/core';

/**
 * What a route is, and the builders a module's route file writes its routes with, one line each:
 * `get('/api/places', 'places/list-places', { needs: read, query: placeListQuerySchema, summary: '…' })`.
 * A handler id `places/create-place` is the file `functions/places/create-place.ts`.
 */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What a function may touch; the stack turns each need into a least-privilege grant. */
export interface FunctionNeeds {
  table?: 'read' | 'readWrite';
  bus?: 'publish';
  documents?: 'read' | 'readWrite';
  site?: 'read' | 'readWrite';
  /**
   * The school's user pool: `sessions` signs people in and out through the web client; `accounts` also creates
   * accounts and sets passwords (activation).
   */
  identity?: 'sessions' | 'accounts';
  /** Signs calendar feed URLs with the school's key (its id, and its private key's secret). */
  feeds?: 'sign';
  /** The work queues (`infra/definitions/queues.ts`) it puts messages on, by name. */
  queues?: readonly string[];
  /**
   * Notifications: `send` mails through SES from the school's address (and its configuration set) and pushes with
   * its VAPID keys (their secret); `mail` mails only (no key); `push-key` reads the VAPID keys' secret only, for
   * the public key.
   */
  notify?: 'send' | 'mail' | 'push-key';
  /**
   * The viewer's address, to count attempts per address (`functions/lib/client-address.ts`): the school's origin
   * secret, which says a request came through the distribution and so that its `x-viewer-address` is true.
   */
  viewerAddress?: 'read';
}

/**
 * The Lambda function a route runs in: its module's, named after it, unless the route names another to keep a
 * heavy dependency apart (pdfkit for letters never slows the cold start of signing in).
 */
export type ApiService = string;

/** A zod schema of the input a handler parses: documented in the OpenAPI document. */
export type InputSchema = $ZodType;

export interface Route {
  method: HttpMethod;
  /** API Gateway path syntax: `/api/places/{placeId}`. */
  path: string;
  handler: string;
  /** The module the route belongs to: its OpenAPI tag. */
  module: string;
  service: ApiService;
  /** `public` routes have no authorizer; every other route requires a valid token of the school's user pool. */
  access: 'public' | 'signed-in';
  needs: FunctionNeeds;
  summary: string;
  /** The JSON body the handler parses, if it takes one. */
  body?: InputSchema;
  /** Whether the route also works without a body (the body only adds something). */
  bodyOptional?: boolean;
  /** The query string the handler parses, if it reads one. */
  query?: InputSchema;
  /** Path parameters checked beyond the API's id type (an enumeration, say); the others are ids. */
  params?: Readonly<Record<string, InputSchema>>;
  /** The success statuses it answers: 200 unless said. */
  answers?: readonly number[];
  /** A download instead of JSON: its media type. */
  download?: string;
  /** For the rare route that needs more than the default 10 s; API Gateway waits 30 s at most. */
  timeoutSeconds?: number;
}

/** A route as its module's file writes it: the module fills in its name and the default service. */
export type RouteLine = Omit<Route, 'module' | 'service'> & { service?: ApiService };

type RouteOptions = Omit<RouteLine, 'method' | 'path' | 'handler' | 'access'> & { access?: Route['access'] };

const line =
  (method: HttpMethod) =>
  (path: string, handler: string, { access = 'signed-in', ...options }: RouteOptions): RouteLine => ({
    method,
    path,
    handler,
    access,
    ...options,
  });

export const get = line('GET');
export const post = line('POST');
export const put = line('PUT');
export const patch = line('PATCH');
export const del = line('DELETE');

/** The most common needs: reading the school's table, or writing it too. */
export const read: FunctionNeeds = { table: 'read' };
export const write: FunctionNeeds = { table: 'readWrite' };

export interface ApiModule {
  name: string;
  /** What the module is for: the description of its OpenAPI tag. */
  description: string;
  routes: readonly Route[];
}

/** A module's routes: each runs in the module's function unless it names another service. */
export const apiModule = (name: string, description: string, lines: readonly RouteLine[]): ApiModule => ({
  name,
  description,
  routes: lines.map(({ service, ...route }) => ({ ...route, module: name, service: service ?? name })),
});
