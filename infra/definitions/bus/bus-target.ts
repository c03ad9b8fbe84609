import type { FunctionNeeds } from '../routes';

/**
 * Routing rule of a school's bus. The CDK stack creates one EventBridge rule per rule with this very pattern; the
 * local bus matches events against the same patterns (EventBridge semantics) and calls the same handlers.
 */
export interface EventRule {
  name: string;
  description: string;
  /** An EventBridge event pattern, as JSON. */
  pattern: Record<string, unknown>;
  /** `timeoutSeconds`: for a target that needs more than the default 30 s (Lambda allows 900). */
  target: { handler: string; needs: FunctionNeeds; timeoutSeconds?: number };
}

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

/** A module's bus targets: the events it consumes and what it runs on the clock, in its own file. */
export interface ModuleBus {
  module: string;
  rules?: readonly EventRule[];
  schedules?: readonly ScheduledRule[];
}
