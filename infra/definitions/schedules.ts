import { moduleBuses, type ScheduledRule } from './bus/index';

export type { ScheduledRule } from './bus/index';

/** Every schedule of a school, from each module's `bus/<module>.ts`. */
export const scheduledRules: readonly ScheduledRule[] = moduleBuses.flatMap((bus) => bus.schedules ?? []);
