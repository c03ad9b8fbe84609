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
export type ScheduledRule = {
  name: string;
  description: string;
  target: { handler: string; needs: FunctionNeeds; timeoutSeconds?: number };
} & (
  | {
      /** Local wall-clock time, every day. */
      atLocalTime: string;
    }
  | {
      /** Every so many minutes, day and night: for a watch that must follow the school's day closely. */
      everyMinutes: number;
    }
);

/**
 * A work queue of the school (SQS in AWS, the local platform's queue in `npm start`): a publisher puts messages on
 * it (its functions declare `needs.queues: [name]`, which gives them the queue's URL in `queueUrlVariable(name)`
 * and the right to send), and its consumer gets them in batches, with retries, then the queue's dead letters.
 * Use one when a piece of work is too large for one function run (a message to 1,800 people, in chunks).
 */
export interface QueueDefinition {
  /** Unique in the school, kebab-case: `message-fan-out`. */
  name: string;
  description: string;
  /** Reads `SQSEvent`s; answers `{ batchItemFailures }` to have only the failed records tried again. */
  consumer: { handler: string; needs: FunctionNeeds; timeoutSeconds?: number };
  /** Records a consumer run takes at most (SQS event source's batch size). */
  batchSize: number;
  /** How many times a record is received before it goes to the dead-letter queue. */
  maxReceiveCount: number;
}

/** A module's bus targets: the events it consumes, what it runs on the clock and its work queues, in its own file. */
export interface ModuleBus {
  module: string;
  rules?: readonly EventRule[];
  schedules?: readonly ScheduledRule[];
  queues?: readonly QueueDefinition[];
}
