import { ValidationError } from '#domain/shared/errors';
import type { Journal, JournalEntry } from './journal-entry';

export interface ChangeEvent {
  source: string;
  detailType: string;
  detail: unknown;
}

/** Records an event of the school's bus in its journal; the event must carry the standard envelope. */
export const recordChange = async (event: ChangeEvent, journal: Journal): Promise<JournalEntry> => {
  const entry = toJournalEntry(event);
  await journal.appendOnce(entry);
  return entry;
};

const toJournalEntry = ({ source, detailType, detail }: ChangeEvent): JournalEntry => {
  const { metadata, data } = (detail ?? {}) as {
    metadata?: Record<string, unknown>;
    data?: Record<string, unknown>;
  };
  const eventId = metadata?.eventId;
  const occurredAt = metadata?.occurredAt;
  const subjectId = data?.id;
  if (typeof eventId !== 'string' || typeof occurredAt !== 'string' || typeof subjectId !== 'string') {
    throw new ValidationError('detail', 'must carry metadata.eventId, metadata.occurredAt and data.id');
  }
  const summary = typeof data?.name === 'string' ? data.name : subjectId;
  return { eventId, occurredAt, source, type: detailType, subjectId, summary };
};
