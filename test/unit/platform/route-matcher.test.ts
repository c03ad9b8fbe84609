import { describe, expect, it } from 'vitest';
import { type Route, routes } from '#infra/definitions/routes/index';
import { routeMatcher } from '#infra/local/route-matcher';

const route = (method: Route['method'], path: string): Route => ({
  method,
  path,
  handler: `${method} ${path}`,
  module: 'places',
  service: 'places',
  access: 'signed-in',
  needs: {},
  summary: '',
});

describe('local route selection, as API Gateway selects routes', () => {
  const match = routeMatcher(routes);

  it('finds the handler and path parameters of the route table', () => {
    expect(match('GET', '/api/places/abc-123')).toMatchObject({
      route: { handler: 'places/get-place' },
      pathParameters: { placeId: 'abc-123' },
    });
    expect(match('POST', '/api/places/abc/archive')?.route.handler).toBe('places/archive-place');
    expect(match('GET', '/api/health')?.pathParameters).toEqual({});
  });

  it('finds nothing for another method or path', () => {
    expect(match('DELETE', '/api/places/abc')).toBeUndefined();
    expect(match('GET', '/api/places/abc/archive/more')).toBeUndefined();
  });

  it('prefers a literal segment to a parameter, and lets a greedy parameter take the rest', () => {
    const matcher = routeMatcher([
      route('GET', '/api/things/{id}'),
      route('GET', '/api/things/export'),
      route('GET', '/api/files/{path+}'),
    ]);
    expect(matcher('GET', '/api/things/export')?.route.path).toBe('/api/things/export');
    expect(matcher('GET', '/api/files/a/b/c.pdf')?.pathParameters).toEqual({ path: 'a/b/c.pdf' });
  });
});
