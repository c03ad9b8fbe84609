import { type EventRule, moduleBuses } from './bus/index';

export type { EventRule } from './bus/index';

/** Every routing rule of a school's bus, from each module's `bus/<module>.ts`. */
export const eventRules: readonly EventRule[] = moduleBuses.flatMap((bus) => bus.rules ?? []);
