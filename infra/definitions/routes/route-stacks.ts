import type { ApiModule } from './route';

/**
 * The nested stacks of a school that hold its API's routes (with their integrations and Lambda permissions), and
 * the modules whose routes each holds. The school stack keeps the API itself, its stage, authorizer and access
 * logs; each module's routes cost it nothing more.
 *
 * A few stacks by area (the conservatoire’s business — sales, loans, technical staff’s time — apart)
 * rather than one: each stays far below CloudFormation's 500 resources for years (a module
 * costs its routes, plus two resources per function of its own), and a module never has to move, since moving a
 * module's routes to another stack means a deploy in two steps (API Gateway refuses a second route with the same
 * key while the old one still stands: see README, Deploy to AWS). Not one stack per module: a school would then be
 * some fifteen stacks, and two hundred schools would pass CloudFormation's 2,000 stacks per account and region.
 *
 * A new module adds its name to one of these lists (to the area it belongs to, or to the smallest); a module
 * with routes in none of them stops synthesis.
 */
export const routeStacks = {
  Core: ['platform', 'identity', 'places', 'people', 'imports', 'audit'],
  Planning: ['planning', 'booking', 'sharing', 'requests'],
  SchoolLife: ['messaging', 'homework', 'attendance'],
  Business: ['sales', 'loans', 'time'],
} as const satisfies Record<string, readonly string[]>;

export type RouteStackName = keyof typeof routeStacks;

export const routeStackNames = Object.keys(routeStacks) as RouteStackName[];

/** The nested stack that holds a module's routes. */
export const routeStackOf = (module: string): RouteStackName => {
  const found = routeStackNames.find((name) => (routeStacks[name] as readonly string[]).includes(module));
  if (!found) {
    throw new Error(
      `No route stack holds the routes of module ${module}: add it to one list of infra/definitions/routes/route-stacks.ts`,
    );
  }
  return found;
};

/** The modules of the route table grouped by the nested stack that holds their routes. */
export const modulesByRouteStack = (modules: readonly ApiModule[]) =>
  routeStackNames.map((name) => ({
    name,
    modules: modules.filter((module) => routeStackOf(module.name) === name),
  }));
