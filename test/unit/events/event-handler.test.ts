import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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
});
