import { describe, expect, it } from 'vitest';
import { apiModules, routes } from '#infra/definitions/routes/index';
import {
  modulesByRouteStack,
  routeStackNames,
  routeStackOf,
  routeStacks,
} from '#infra/definitions/routes/route-stacks';

describe('the nested stacks that hold the API routes', () => {
  it('puts every module of the route table in exactly one route stack', () => {
    const listed = Object.values(routeStacks).flat();
    expect(new Set(listed).size).toBe(listed.length);
    for (const { name } of apiModules) expect(routeStackOf(name), name).toBeDefined();
    const grouped = modulesByRouteStack(apiModules);
    expect(grouped.map(({ name }) => name)).toEqual(routeStackNames);
    expect(grouped.flatMap(({ modules }) => modules.flatMap((module) => module.routes))).toHaveLength(
      routes.length,
    );
  });

  it('stops at synthesis on a module no route stack holds, saying where to add it', () => {
    expect(() => routeStackOf('library')).toThrow(/add it to one list of .*route-stacks\.ts/);
    expect(() =>
      modulesByRouteStack([...apiModules, { name: 'library', description: 'Médiathèque', routes: [] }]),
    ).toThrow(/library/);
  });
});
