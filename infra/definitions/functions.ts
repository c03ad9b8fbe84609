import { outboxRelay } from '../../events/outbox-relay';
import { eventRules } from '../../events/rules';
import { type FunctionNeeds, routes } from './routes';

export interface FunctionDefinition {
  /** `places/create-place`: the file `functions/places/create-place.ts`. */
  handler: string;
  needs: FunctionNeeds;
  timeoutSeconds?: number;
}

/** Every Lambda function of a school: the route handlers, the outbox relay and the targets of the bus rules. */
export const functionDefinitions: readonly FunctionDefinition[] = [
  ...routes.map(({ handler, needs, timeoutSeconds }) => ({ handler, needs, timeoutSeconds })),
  { handler: outboxRelay.handler, needs: outboxRelay.needs },
  ...eventRules.map(({ target }) => ({
    handler: target.handler,
    needs: target.needs,
    timeoutSeconds: target.timeoutSeconds,
  })),
];

export const handlerSourceFile = (handler: string) => `functions/${handler}.ts`;

/** Where the esbuild bundle of a handler lands: one folder per function, shared by every school stack. */
export const handlerBundleDirectory = (handler: string) => `dist/functions/${handler}`;
