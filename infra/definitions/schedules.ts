import type { FunctionNeeds } from './routes';

/**
 * What runs on the school's clock rather than on an event: EventBridge Scheduler in AWS (in the school's time
 * zone, so the hour holds across summer time), a timer of the local platform.
 */
export interface ScheduledRule {
  name: string;
  description: string;
  /** Local wall-clock time, every day. */
  atLocalTime: string;
  target: { handler: string; needs: FunctionNeeds; timeoutSeconds?: number };
}

export const scheduledRules: readonly ScheduledRule[] = [
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
];
