import { readFileSync } from 'node:fs';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { eventCatalog } from '#events/catalog';
import { eventCatalogueDocument } from '#infra/definitions/openapi/event-catalogue';
import { inputJsonSchema, openApiDocument } from '#infra/definitions/openapi/openapi-document';
import { apiModules, type Route, routes } from '#infra/definitions/routes/index';

type Operation = {
  operationId: string;
  tags: string[];
  parameters?: { name: string; in: string; required: boolean }[];
  requestBody?: { required: boolean; content: { 'application/json': { schema: unknown } } };
  responses: Record<string, unknown>;
  security: unknown[];
};

const document = openApiDocument();
const operationOf = (route: Route) =>
  (document.paths[route.path] as Record<string, Operation> | undefined)?.[route.method.toLowerCase()];
const handlerSource = (route: Route) =>
  readFileSync(new URL(`../../../functions/${route.handler}.ts`, import.meta.url), 'utf8');

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator();
    expect(await validator.validate(document)).toEqual({ valid: true });
    expect(validator.version).toBe('3.1');
  });

  it.each(routes.map((route) => [`${route.method} ${route.path}`, route] as const))(
    '%s: described, tagged with its module, with its path parameters and its security',
    (_, route) => {
      const operation = operationOf(route);
      expect(operation?.tags).toEqual([route.module]);
      expect(operation?.operationId).toMatch(/^[a-z][A-Za-z]+$/);
      const inPath = operation?.parameters?.filter((parameter) => parameter.in === 'path') ?? [];
      expect(inPath.map(({ name }) => `{${name}}`).join('/')).toBe(
        route.path.match(/\{\w+\}/g)?.join('/') ?? '',
      );
      expect(operation?.security).toEqual(route.access === 'public' ? [] : [{ bearer: [] }]);
      expect(operation?.responses.default).toEqual({ $ref: '#/components/responses/Error' });
    },
  );

  it('gives each operation its own id, and each module its tag', () => {
    const ids = routes.map((route) => operationOf(route)?.operationId);
    expect(new Set(ids).size).toBe(routes.length);
    expect(document.tags.map(({ name }) => name)).toEqual(apiModules.map(({ name }) => name));
    expect(document.tags.map(({ name }) => name)).toEqual(
      expect.arrayContaining(['places', 'people', 'imports', 'planning', 'booking', 'sharing', 'requests']),
    );
  });

  it('describes the body a route takes with the schema its handler parses', () => {
    const createPlace = operationOf(routes.find((route) => route.handler === 'places/create-place') as Route);
    expect(createPlace?.requestBody?.required).toBe(true);
    expect(createPlace?.requestBody?.content['application/json'].schema).toMatchObject({
      type: 'object',
      required: expect.arrayContaining(['name', 'kind', 'capacity', 'site']),
      additionalProperties: false,
    });
    const apply = operationOf(routes.find((route) => route.handler === 'imports/request-apply') as Route);
    expect(apply?.requestBody?.required).toBe(false);
  });

  it.each(routes.map((route) => [`${route.method} ${route.path}`, route] as const))(
    '%s: the table documents the body and query its handler reads, no more',
    (_, route) => {
      const source = handlerSource(route);
      expect(Boolean(route.body), 'body').toBe(source.includes('parseJsonBody('));
      expect(Boolean(route.query), 'query').toBe(source.includes('parseQuery('));
      if (route.body)
        expect(operationOf(route)?.requestBody?.content['application/json'].schema).toBeTruthy();
      if (route.query) {
        const names = Object.keys((inputJsonSchema(route.query).properties ?? {}) as object);
        const inQuery = operationOf(route)?.parameters?.filter((parameter) => parameter.in === 'query') ?? [];
        expect(inQuery.map(({ name }) => name)).toEqual(names);
      }
    },
  );

  it('names the error shape the API answers', () => {
    expect(document.components.schemas.Error.properties.error.required).toEqual(['code', 'message']);
    expect(Object.keys(document.components.schemas.Error.properties.error.properties)).toEqual([
      'code',
      'message',
      'field',
      'errors',
    ]);
    expect(document.components.schemas.Error.properties.error.properties.errors.items.required).toEqual([
      'field',
      'code',
      'message',
    ]);
  });
});

describe('the event catalogue', () => {
  const catalogue = eventCatalogueDocument();

  it('lists every event of the catalog with its source, detail-type, version and schemas', () => {
    expect(
      catalogue.events.map(({ source, detailType, version }) => `${source} ${detailType} v${version}`),
    ).toEqual(eventCatalog.map(({ source, detailType, version }) => `${source} ${detailType} v${version}`));
    for (const event of catalogue.events) {
      expect(event.dataSchema).toMatchObject({ type: 'object' });
      expect(event.envelopeSchema).toMatchObject({
        type: 'object',
        required: ['metadata', 'data'],
        properties: { metadata: { type: 'object' }, data: event.dataSchema },
      });
    }
  });
});
