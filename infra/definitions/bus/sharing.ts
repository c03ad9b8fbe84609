import {
  activityCancelled,
  activityMoved,
  activityScheduled,
  planningSource,
  projectUpdated,
} from '#events/planning/planning-events';
import { shiftChanged, shiftPlanned, shiftRemoved, timeSource } from '#events/time/time-events';
import type { ModuleBus } from './bus-target';

/**
 * The changes of a planning that calendar feeds and mini-sites follow: activities, projects, and a technician's
 * shifts (the time module), which are occurrences of their person's planning. The rule's pattern and its handler
 * both read this list.
 */
export const sharedPlanningChanges = [
  activityScheduled,
  activityMoved,
  activityCancelled,
  projectUpdated,
  shiftPlanned,
  shiftChanged,
  shiftRemoved,
] as const;

export const sharingBus: ModuleBus = {
  module: 'sharing',
  rules: [
    {
      name: 'regenerate-shared-plannings',
      description: 'Writes again the calendar feeds and mini-sites that a planning change concerns',
      pattern: {
        source: [planningSource, timeSource],
        'detail-type': sharedPlanningChanges.map((contract) => contract.detailType),
      },
      // A change of a class's course regenerates the feed of each of its students who made one.
      target: {
        handler: 'sharing/regenerate-shared',
        // It writes the table too: a feed whose maker lost the right to take it is revoked there.
        needs: { table: 'readWrite', site: 'readWrite' },
        timeoutSeconds: 300,
      },
    },
  ],
  schedules: [
    {
      name: 'roll-daily-bulletins',
      description: 'Each morning, the daily bulletins of the mini-sites show the new day',
      atLocalTime: '05:00',
      target: {
        handler: 'sharing/roll-bulletins',
        needs: { table: 'read', site: 'readWrite' },
        timeoutSeconds: 300,
      },
    },
  ],
};
