import { eventRules } from './event-rules';
import { mailFeedback } from './mail-feedback';
import { outboxRelay } from './outbox-relay';
import { queueDefinitions } from './queues';
import { type ApiService, apiServices, type FunctionNeeds, type Route, routes } from './routes';
import { scheduledRules } from './schedules';

export interface FunctionDefinition {
  /**
   * The function's name and bundle: `api/places` for the routes of a service, or the handler of a bus target
   * such as `journal/record-change` (the file `functions/journal/record-change.ts`).
   */
  handler: string;
  needs: FunctionNeeds;
  timeoutSeconds?: number;
}

export const apiFunctionOf = (service: ApiService) => `api/${service}`;

/** The function that serves a route. */
export const functionOfRoute = (route: Pick<Route, 'service'>) => apiFunctionOf(route.service);

export const routesOf = (service: ApiService) => routes.filter((route) => route.service === service);

/** What the routes of a service need together: each resource at the widest access one of them asks. */
const neededTogether = (group: readonly Route[]): FunctionNeeds => {
  const queues = [...new Set(group.flatMap(({ needs }) => needs.queues ?? []))];
  return { ...widestNeeds(group), ...(queues.length > 0 && { queues }) };
};

/** Mailing and reading the push keys together are sending: `mail` and `push-key` each grant half of `send`. */
const notifyTogether = (values: (FunctionNeeds['notify'] | undefined)[]): FunctionNeeds['notify'] => {
  const asked = new Set(values);
  if (asked.has('send') || (asked.has('mail') && asked.has('push-key'))) return 'send';
  return asked.has('mail') ? 'mail' : asked.has('push-key') ? 'push-key' : undefined;
};

const widestNeeds = (group: readonly Route[]): FunctionNeeds => {
  const widest = <Access extends string>(order: readonly Access[], values: (Access | undefined)[]) =>
    order.filter((access) => values.includes(access)).at(-1);
  return Object.fromEntries(
    Object.entries({
      table: widest(
        ['read', 'readWrite'],
        group.map(({ needs }) => needs.table),
      ),
      bus: widest(
        ['publish'],
        group.map(({ needs }) => needs.bus),
      ),
      documents: widest(
        ['read', 'readWrite'],
        group.map(({ needs }) => needs.documents),
      ),
      site: widest(
        ['read', 'readWrite'],
        group.map(({ needs }) => needs.site),
      ),
      identity: widest(
        ['sessions', 'accounts'],
        group.map(({ needs }) => needs.identity),
      ),
      feeds: widest(
        ['sign'],
        group.map(({ needs }) => needs.feeds),
      ),
      notify: notifyTogether(group.map(({ needs }) => needs.notify)),
      viewerAddress: widest(
        ['read'],
        group.map(({ needs }) => needs.viewerAddress),
      ),
    }).filter(([, access]) => access !== undefined),
  );
};

const longestTimeout = (group: readonly Route[]) => {
  const timeouts = group.flatMap(({ timeoutSeconds }) => (timeoutSeconds ? [timeoutSeconds] : []));
  return timeouts.length > 0 ? Math.max(...timeouts) : undefined;
};

/**
 * Every Lambda function of a school: one per API service, the outbox relay, the targets of the bus rules and the
 * consumers of the work queues.
 */
export const functionDefinitions: readonly FunctionDefinition[] = [
  ...apiServices.map((service) => ({
    handler: apiFunctionOf(service),
    needs: neededTogether(routesOf(service)),
    timeoutSeconds: longestTimeout(routesOf(service)),
  })),
  { handler: outboxRelay.handler, needs: outboxRelay.needs },
  { handler: mailFeedback.handler, needs: mailFeedback.needs },
  ...[...eventRules, ...scheduledRules].map(({ target }) => ({
    handler: target.handler,
    needs: target.needs,
    timeoutSeconds: target.timeoutSeconds,
  })),
  ...queueDefinitions.map(({ consumer }) => ({
    handler: consumer.handler,
    needs: consumer.needs,
    timeoutSeconds: consumer.timeoutSeconds,
  })),
];

export const handlerSourceFile = (handler: string) => `functions/${handler}.ts`;

/** Where the esbuild bundle of a function lands: one folder per function, shared by every school stack. */
export const handlerBundleDirectory = (handler: string) => `dist/functions/${handler}`;
