import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutgoingEvent } from '#events/envelope';
import { type SchoolUnderTest, startSchoolUnderTest } from '../../support/school-under-test';

const fixtureOf = (detailType: string) =>
  JSON.parse(
    readFileSync(new URL(`../../../events/fixtures/${detailType}.v1.json`, import.meta.url), 'utf8'),
  );

/**
 * A consumer reads each event with its contract: an event that breaks it is not half-handled but refused, and
 * after the bus's retries it lies in the dead letters with the reason, for an operator to read.
 */
describe('malformed events on the bus', () => {
  let school: SchoolUnderTest;
  /** Puts events on the school's bus with the real SDK call, as a publisher or another tool would. */
  let put: (events: OutgoingEvent[]) => Promise<void>;

  beforeAll(async () => {
    school = await startSchoolUnderTest();
    const { eventBridgePublisher } = await import('#functions/lib/eventbridge-publisher');
    const publisher = eventBridgePublisher(`preau-${school.school.id}`);
    put = (events) => publisher.publish(events);
  });

  afterAll(async () => {
    await school?.stop();
  });

  /** A place change as a publisher built it, with fresh ids, from its versioned fixture. */
  const placeChange = (detailType: string) => {
    const { source, detail } = fixtureOf(detailType);
    const placeId = randomUUID();
    return {
      placeId,
      event: {
        source,
        detailType,
        detail: {
          metadata: { ...detail.metadata, eventId: randomUUID(), schoolId: school.school.id },
          data: { ...detail.data, id: placeId },
        },
      },
    };
  };

  it('a place change without its name lands in the dead letters with the reason, and not in the journal', async () => {
    const wellFormed = placeChange('PlaceCreated');
    const malformed = placeChange('PlaceUpdated');
    const { name: _, ...nameless } = malformed.event.detail.data;
    await put([
      wellFormed.event,
      { ...malformed.event, detail: { ...malformed.event.detail, data: nameless } },
    ]);
    await school.eventsDelivered();

    const day = wellFormed.event.detail.metadata.occurredAt.slice(0, 10);
    const journaled = (await school.journalOf(day)).map((entry) => entry.subjectId);
    expect(journaled).toContain(wellFormed.placeId);
    expect(journaled).not.toContain(malformed.placeId);
    expect(school.deadLetters).toEqual([
      expect.objectContaining({
        rule: 'journal-place-changes',
        event: expect.objectContaining({ 'detail-type': 'PlaceUpdated', detail: expect.anything() }),
        error: 'MalformedEventError: PlaceUpdated from preau.places refused: detail.data.name: missing',
      }),
    ]);
  });

  it('an import request of an unknown mode is refused before any job is read', async () => {
    const { source, detail } = fixtureOf('ImportRequested');
    const before = school.deadLetters.length;
    await put([
      {
        source,
        detailType: 'ImportRequested',
        detail: {
          metadata: { ...detail.metadata, eventId: randomUUID(), schoolId: school.school.id },
          data: { jobId: randomUUID(), mode: 'everything' },
        },
      },
    ]);
    await school.eventsDelivered();

    expect(school.deadLetters.slice(before)).toEqual([
      expect.objectContaining({
        rule: 'run-import-jobs',
        error:
          'MalformedEventError: ImportRequested from preau.imports refused: detail.data.mode: "everything" is not one of "dry-run", "apply"',
      }),
    ]);
  });

  it('a place change of another school (a replay, a rule copied between buses) is refused, and nothing written', async () => {
    const foreign = placeChange('PlaceCreated');
    foreign.event.detail.metadata.schoolId = 'lycee-moliere';
    const before = school.deadLetters.length;
    await put([foreign.event]);
    await school.eventsDelivered();

    const day = foreign.event.detail.metadata.occurredAt.slice(0, 10);
    expect((await school.journalOf(day)).map((entry) => entry.subjectId)).not.toContain(foreign.placeId);
    expect(school.deadLetters.slice(before)).toEqual([
      expect.objectContaining({
        rule: 'journal-place-changes',
        event: expect.objectContaining({ 'detail-type': 'PlaceCreated', detail: foreign.event.detail }),
        error: `MalformedEventError: PlaceCreated from preau.places refused: detail.metadata.schoolId: an event of school "lycee-moliere", where this function serves school "${school.school.id}"`,
      }),
    ]);
  });
});
