import type { Route } from '#infra/definitions/routes/index';

export interface RouteMatch {
  route: Route;
  pathParameters: Record<string, string>;
}

interface CompiledRoute {
  route: Route;
  pattern: RegExp;
  parameterNames: string[];
  /** Literal segments count more: `/api/places/export` wins over `/api/places/{placeId}`, as in API Gateway. */
  specificity: number;
}

/** Selects routes as an API Gateway HTTP API does: method and path template, most specific first. */
export const routeMatcher = (routes: readonly Route[]) => {
  const compiled = routes.map(compile).sort((a, b) => b.specificity - a.specificity);
  return (method: string, path: string): RouteMatch | undefined => {
    for (const candidate of compiled) {
      if (candidate.route.method !== method) continue;
      const match = candidate.pattern.exec(path);
      if (!match) continue;
      const values = match.slice(1);
      return {
        route: candidate.route,
        pathParameters: Object.fromEntries(
          candidate.parameterNames.map((name, index) => [name, values[index] ?? '']),
        ),
      };
    }
    return undefined;
  };
};

const compile = (route: Route): CompiledRoute => {
  const parameterNames: string[] = [];
  let specificity = 0;
  const source = route.path
    .split('/')
    .map((segment) => {
      const parameter = /^\{(\w+)(\+?)\}$/.exec(segment);
      if (!parameter) {
        specificity += 1;
        return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      }
      parameterNames.push(parameter[1] as string);
      return parameter[2] ? '(.+)' : '([^/]+)';
    })
    .join('/');
  return { route, pattern: new RegExp(`^${source}$`), parameterNames, specificity };
};
