import { randomUUID } from 'node:crypto';
import type { EventRule } from '#infra/definitions/event-rules';
import { matchesEventPattern } from './event-pattern';
import { withRetries } from './with-retries';

/** An event as EventBridge delivers it to a rule's target. */
export interface BusEvent {
  version: '0';
  id: string;
  'detail-type': string;
  source: string;
  account: string;
  time: string;
  region: string;
  resources: string[];
  detail: unknown;
}

export interface IncomingEntry {
  source: string;
  detailType: string;
  detail: unknown;
  resources?: string[];
  time?: Date;
}

export interface LocalEventBusOptions {
  rules: readonly EventRule[];
  deliver(handler: string, event: BusEvent): Promise<void>;
  log?(line: string): void;
  region?: string;
  /** How many times a failing target is called in all, as EventBridge retries before the dead-letter queue. */
  attempts?: number;
}

/**
 * The school's bus in one process: each event goes, asynchronously as in EventBridge, to the target of every rule
 * whose pattern matches it, with retries; what still fails is reported as a dead letter.
 */
export const localEventBus = ({
  rules,
  deliver,
  log = console.log,
  region = 'eu-west-3',
  attempts = 3,
}: LocalEventBusOptions) => {
  const inFlight = new Set<Promise<void>>();
  const deadLetters: { rule: string; event: BusEvent; error: string }[] = [];
  let eventsPut = 0;

  const deliverWithRetries = async (rule: EventRule, event: BusEvent) => {
    const error = await withRetries(() => deliver(rule.target.handler, event), attempts, 100);
    if (error === undefined) return;
    deadLetters.push({ rule: rule.name, event, error: String(error) });
    log(`bus: ${rule.name} failed ${attempts} times on ${event['detail-type']} ${event.id}: ${error}`);
  };

  const put = (entry: IncomingEntry): BusEvent => {
    eventsPut += 1;
    const event: BusEvent = {
      version: '0',
      id: randomUUID(),
      'detail-type': entry.detailType,
      source: entry.source,
      account: '000000000000',
      time: (entry.time ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      region,
      resources: entry.resources ?? [],
      detail: entry.detail,
    };
    for (const rule of rules) {
      if (!matchesEventPattern(rule.pattern, event as unknown as Record<string, unknown>)) continue;
      const delivery = new Promise<void>((resolve) => setImmediate(resolve)).then(() =>
        deliverWithRetries(rule, event),
      );
      inFlight.add(delivery);
      delivery.finally(() => inFlight.delete(delivery));
    }
    return event;
  };

  /** Resolves once every delivery started so far, and those they caused, has ended. */
  const idle = async () => {
    while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
  };

  /** How many events were put so far. */
  const activity = () => eventsPut;

  return { put, idle, activity, deadLetters };
};

export type LocalEventBus = ReturnType<typeof localEventBus>;
