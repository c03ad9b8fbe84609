import type { OutgoingEvent } from '#events/envelope';

/** Puts events on the school's bus. */
export interface EventPublisher {
  publish(events: readonly OutgoingEvent[]): Promise<void>;
}

export interface Clock {
  now(): Date;
}

export type IdGenerator = () => string;

/** Who the school is, as the use cases need to know it (events carry the school id). */
export interface SchoolContext {
  schoolId: string;
}
