import type { Context } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { dispatchByRoute } from '#functions/lib/route-dispatch';
import { serviceEntrySource } from '#infra/build/service-entry';
import { functionDefinitions, functionOfRoute, routesOf } from '#infra/definitions/functions';
import { apiServices, routes } from '#infra/definitions/routes/index';

const context = {} as Context;

describe('the functions of the API services', () => {
  it('serves every route from exactly one service function, which is deployed', () => {
    const deployed = new Set(functionDefinitions.map(({ handler }) => handler));
    for (const route of routes) expect(deployed.has(functionOfRoute(route)), route.path).toBe(true);
    expect(apiServices.flatMap(routesOf)).toHaveLength(routes.length);
  });

  it('gives a service the widest access any of its routes needs', () => {
    const places = functionDefinitions.find(({ handler }) => handler === 'api/places');
    expect(places?.needs).toEqual({ table: 'readWrite' });
    const signIn = functionDefinitions.find(({ handler }) => handler === 'api/identity');
    expect(signIn?.needs).toEqual({ table: 'readWrite', identity: 'accounts', viewerAddress: 'read' });
  });

  it('keeps pdfkit out of the function people sign in with', () => {
    expect(serviceEntrySource('identity')).not.toContain('activation-batch');
    expect(serviceEntrySource('letters')).toContain('functions/identity/create-activation-batch.ts');
  });

  it('dispatches by route key, and answers 404 for a route it does not serve', async () => {
    const handle = dispatchByRoute({ 'GET /api/places': async () => ({ statusCode: 200, body: 'places' }) });
    expect(await handle({ routeKey: 'GET /api/places' }, context)).toEqual({
      statusCode: 200,
      body: 'places',
    });
    expect(await handle({ routeKey: 'GET /api/people' }, context)).toMatchObject({ statusCode: 404 });
  });
});
