import { type $ZodType, toJSONSchema } from 'zod/v4/core';
import { calendarDateSchema, calendarYearsAround, idSchema } from '#domain/shared/input-types';
import packageJson from '../../../package.json' with { type: 'json' };
import { type ApiModule, apiModules, type Route } from '../routes';

type JsonObject = Record<string, unknown>;

/**
 * The JSON Schema (draft 2020-12, the dialect of OpenAPI 3.1) of what a client sends: the schema's input side,
 * before defaults and transforms. A check zod cannot express (a calendar date that refuses 30 February) is left
 * to the API, which answers 400 with the field.
 */
export const inputJsonSchema = (schema: $ZodType): JsonObject => {
  const { $schema: _dialect, ...json } = toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema === calendarDateSchema) Object.assign(jsonSchema, calendarDate);
    },
  }) as JsonObject;
  return json;
};

/** The API's calendar date is checked by a function JSON Schema cannot carry: its format says what it is. */
const calendarDate = {
  format: 'date',
  description: `A day YYYY-MM-DD that exists, within ${calendarYearsAround} years of today`,
};

const errorSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: {
          type: 'string',
          description:
            'A stable code a client may match (`invalid_input`, `not_found`…): domain/error-codes.ts lists them',
        },
        message: { type: 'string', description: 'What went wrong, for a person; absent details on a 500' },
        field: {
          type: 'string',
          description: 'The input at fault, on a 400 or a 413: `body.name`, `placeId`',
        },
        errors: {
          type: 'array',
          description: 'On a 400, every problem of the input at once; the first is also `field`',
          items: {
            type: 'object',
            required: ['field', 'code', 'message'],
            properties: {
              field: { type: 'string', description: 'The input at fault: `answers.stage`, `capacity`' },
              code: {
                type: 'string',
                description: 'What is wrong: `required`, `too_long`, `not_an_option`…',
              },
              message: { type: 'string' },
              limit: { type: 'number', description: 'The bound the value went past, when there is one' },
            },
          },
        },
      },
      additionalProperties: true,
    },
  },
} as const;

const errorResponses = {
  BadRequest: 'Invalid input: `field` names it (code `invalid_input`)',
  Unauthorized: 'No valid access token',
  Forbidden: 'Signed in, but not allowed to do this (code `forbidden`, or a reason of the domain)',
  NotFound: 'Not found, or not yours to see (code `not_found`)',
  Conflict: 'In conflict with the current state (a conflict of planning, a duplicate): details in the error',
  PayloadTooLarge: 'The body is over 256 KiB (code `payload_too_large`)',
  TooManyAttempts: 'Too many attempts: retry after `retryAfterSeconds` (code `too_many_attempts`)',
  Error: 'The error shape every refusal takes',
} as const;

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

/** API Gateway refuses a missing or invalid token itself, before any handler, with its own body. */
const unauthorizedResponse = {
  description: errorResponses.Unauthorized,
  content: {
    'application/json': {
      schema: {
        anyOf: [
          { $ref: '#/components/schemas/Error' },
          { type: 'object', required: ['message'], properties: { message: { type: 'string' } } },
        ],
      },
    },
  },
};

const pathParameterNames = (path: string) =>
  [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => name as string);

/** `places/list-places` → `listPlaces`: each handler serves one route, so each operation has its own id. */
export const operationIdOf = (route: Pick<Route, 'handler'>) =>
  (route.handler.split('/').at(-1) ?? route.handler).replace(/-(\w)/g, (_, letter: string) =>
    letter.toUpperCase(),
  );

const parametersOf = (route: Route) => {
  const inPath = pathParameterNames(route.path).map((name) => ({
    name,
    in: 'path',
    required: true,
    schema: inputJsonSchema(route.params?.[name] ?? idSchema),
  }));
  if (!route.query) return inPath;
  const query = inputJsonSchema(route.query);
  const properties = (query.properties ?? {}) as Record<string, JsonObject>;
  const required = new Set((query.required ?? []) as string[]);
  const inQuery = Object.entries(properties).map(([name, schema]) => ({
    name,
    in: 'query',
    required: required.has(name),
    schema,
  }));
  return [...inPath, ...inQuery];
};

const successResponses = (route: Route) =>
  Object.fromEntries(
    (route.answers ?? [200]).map((status) => {
      if (status === 204) return [String(status), { description: 'Done: nothing to answer' }];
      const content = route.download
        ? { [route.download]: { schema: { type: 'string' } } }
        : { 'application/json': { schema: { type: 'object' } } };
      return [String(status), { description: status === 202 ? 'Accepted: under way' : 'Done', content }];
    }),
  );

const responsesOf = (route: Route) => {
  const signedIn = route.access === 'signed-in';
  const takesInput = Boolean(route.body || route.query || route.path.includes('{'));
  const writes = route.method !== 'GET';
  return {
    ...successResponses(route),
    ...(takesInput && { '400': { $ref: '#/components/responses/BadRequest' } }),
    ...(signedIn && { '401': { $ref: '#/components/responses/Unauthorized' } }),
    ...(signedIn && { '403': { $ref: '#/components/responses/Forbidden' } }),
    ...(route.path.includes('{') && { '404': { $ref: '#/components/responses/NotFound' } }),
    ...(signedIn && writes && { '409': { $ref: '#/components/responses/Conflict' } }),
    ...(route.body && { '413': { $ref: '#/components/responses/PayloadTooLarge' } }),
    ...(!signedIn && route.body && { '429': { $ref: '#/components/responses/TooManyAttempts' } }),
    default: { $ref: '#/components/responses/Error' },
  };
};

const operationOf = (route: Route) => {
  const parameters = parametersOf(route);
  return {
    operationId: operationIdOf(route),
    summary: route.summary,
    tags: [route.module],
    ...(parameters.length > 0 && { parameters }),
    ...(route.body && {
      requestBody: {
        required: !route.bodyOptional,
        content: { 'application/json': { schema: inputJsonSchema(route.body) } },
      },
    }),
    responses: responsesOf(route),
    security: route.access === 'public' ? [] : [{ bearer: [] }],
  };
};

/**
 * The API of a school in OpenAPI 3.1, generated from the route table and the zod schemas its handlers parse:
 * each operation tagged with its module, its parameters, body, answers and the one error shape.
 */
export const openApiDocument = (modules: readonly ApiModule[] = apiModules) => {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of modules.flatMap((module) => module.routes)) {
    paths[route.path] ??= {};
    (paths[route.path] as Record<string, unknown>)[route.method.toLowerCase()] = operationOf(route);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Préau',
      version: packageJson.version,
      summary: "A school's API: places, people, planning, bookings, sharing, requests",
      description:
        'Each school has its own API at its own address. Signed-in routes take the access token of the ' +
        'school\'s user pool (`POST /api/session`) as a bearer token. Every refusal answers `{ "error": { "code", ' +
        '"message", "field"? } }`; the events the school publishes are described in `events.json`.',
    },
    tags: modules.map(({ name, description }) => ({ name, description })),
    paths,
    components: {
      schemas: { Error: errorSchema },
      responses: {
        ...Object.fromEntries(
          Object.entries(errorResponses).map(([name, description]) => [name, errorResponse(description)]),
        ),
        Unauthorized: unauthorizedResponse,
      },
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: 'The access token `POST /api/session` answers',
        },
      },
    },
  };
};
