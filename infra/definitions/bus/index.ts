import { attendanceBus } from './attendance';
import type { ModuleBus } from './bus-target';
import { importsBus } from './imports';
import { journalBus } from './journal';
import { messagingBus } from './messaging';
import { salesBus } from './sales';
import { sharingBus } from './sharing';

export type { EventRule, ModuleBus, QueueDefinition, ScheduledRule } from './bus-target';

/**
 * The bus targets of a school, each module's from its own file (`bus/<module>.ts`): the rules of its bus, and
 * what runs on its clock. A new module with a bus target adds one line here.
 */
export const moduleBuses: readonly ModuleBus[] = [
  journalBus,
  importsBus,
  sharingBus,
  messagingBus,
  attendanceBus,
  salesBus,
];
