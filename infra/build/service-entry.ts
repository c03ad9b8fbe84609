import { handlerSourceFile, routesOf } from '#infra/definitions/functions';
import { type ApiService, apiServices } from '#infra/definitions/routes/index';

/** The module esbuild bundles for a service: its routes' handlers, dispatched by route key. */
export const serviceEntrySource = (service: ApiService) => {
  const group = routesOf(service);
  const imports = group.map(
    (route, index) => `import { handler as h${index} } from './${handlerSourceFile(route.handler)}';`,
  );
  const table = group.map(
    (route, index) => `  ${JSON.stringify(`${route.method} ${route.path}`)}: h${index},`,
  );
  return [
    "import { dispatchByRoute } from './functions/lib/route-dispatch.ts';",
    ...imports,
    `export const handler = dispatchByRoute({\n${table.join('\n')}\n});`,
  ].join('\n');
};

export const serviceOfFunction = (handler: string) =>
  apiServices.find((service) => handler === `api/${service}`);
