import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MalformedEventError } from '#events/envelope';
import { importRequested } from '#events/imports/import-events';
import { placeChanges } from '#events/places/place-events';
import { eventHandler } from '#functions/lib/event-handler';
import { lambdaContext } from '#infra/local/lambda-context';

const busEvent = (detailType: string) =>
  JSON.parse(
    readFileSync(new URL(`../../../events/fixtures/${detailType}.v1.json`, import.meta.url), 'utf8'),
  );

describe('eventHandler', () => {
  // The function serves the school of the fixtures, as its stack says in its environment.
  beforeEach(() => {
    vi.stubEnv('SCHOOL_ID', 'demo');
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('hands the consumer the data of a well-formed event, and the contract of its type', async () => {
    const seen: unknown[] = [];
    const handler = eventHandler(placeChanges, async ({ contract, data }) => {
      seen.push([contract.detailType, data.name]);
    });
    await handler(busEvent('PlaceArchived'), lambdaContext('journal-record-change'));
    expect(seen).toEqual([['PlaceArchived', busEvent('PlaceArchived').detail.data.name]]);
  });

  it('fails the invocation on a malformed event, with the reason, before the consumer runs', async () => {
    let ran = false;
    const handler = eventHandler(importRequested, async () => {
      ran = true;
    });
    const event = busEvent('ImportRequested');
    event.detail.metadata.occurredAt = 'yesterday';
    const invocation = handler(event, lambdaContext('imports-run-import-job'));
    await expect(invocation).rejects.toThrow(MalformedEventError);
    await expect(invocation).rejects.toThrow(
      'ImportRequested from preau.imports refused: detail.metadata.occurredAt: not in the datetime format',
    );
    expect(ran).toBe(false);
  });

  it('refuses an event of another school as malformed, naming both schools, before the consumer runs', async () => {
    let ran = false;
    const handler = eventHandler(placeChanges, async () => {
      ran = true;
    });
    const misrouted = busEvent('PlaceArchived');
    misrouted.detail.metadata.schoolId = 'lycee-moliere';
    const invocation = handler(misrouted, lambdaContext('journal-record-change'));
    await expect(invocation).rejects.toThrow(MalformedEventError);
    await expect(invocation).rejects.toThrow(
      'PlaceArchived from preau.places refused: detail.metadata.schoolId: an event of school "lycee-moliere", where this function serves school "demo"',
    );
    expect(ran).toBe(false);
  });

  it('fails loudly when the function was not told its school, rather than take any', async () => {
    vi.stubEnv('SCHOOL_ID', '');
    const handler = eventHandler(placeChanges, async () => undefined);
    await expect(handler(busEvent('PlaceArchived'), lambdaContext('journal-record-change'))).rejects.toThrow(
      'Environment variable SCHOOL_ID is not set',
    );
  });
});
