import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eventCatalog } from '#events/catalog';
import { type EventContract, envelopeSchemaOf, MalformedEventError, readEnvelope } from '#events/envelope';
import { importRequested } from '#events/imports/import-events';
import { placeChanges, placeCreated } from '#events/places/place-events';
import { eventRules } from '#infra/definitions/event-rules';
import { assertValidEventPattern, matchesEventPattern } from '#infra/local/event-pattern';

const fixtureOf = (detailType: string, version: string) =>
  JSON.parse(
    readFileSync(new URL(`../../../events/fixtures/${detailType}.v${version}.json`, import.meta.url), 'utf8'),
  );

describe('event contracts', () => {
  it.each(eventCatalog.map((contract) => [contract.detailType, contract as EventContract<unknown>] as const))(
    '%s: its versioned fixture is a valid envelope from its source',
    (_, contract) => {
      const fixture = fixtureOf(contract.detailType, contract.version);
      expect(fixture.source).toBe(contract.source);
      expect(fixture['detail-type']).toBe(contract.detailType);
      const envelope = envelopeSchemaOf(contract).parse(fixture.detail);
      expect(envelope.metadata.version).toBe(contract.version);
    },
  );

  it('every place change reaches the journal rule', () => {
    const journalRule = eventRules.find((rule) => rule.name === 'journal-place-changes');
    for (const contract of eventCatalog.filter(({ source }) => source === 'preau.places')) {
      expect(
        matchesEventPattern(journalRule?.pattern ?? {}, fixtureOf(contract.detailType, contract.version)),
      ).toBe(true);
    }
  });

  it.each(eventRules.map((rule) => [rule.name, rule] as const))(
    'rule %s has a pattern EventBridge accepts',
    (_, rule) => {
      expect(() => assertValidEventPattern(rule.pattern)).not.toThrow();
    },
  );

  it('every rule targets a function that exists and matches at least one catalogued event', () => {
    for (const rule of eventRules) {
      const matched = eventCatalog.filter((contract) =>
        matchesEventPattern(rule.pattern, fixtureOf(contract.detailType, contract.version)),
      );
      expect(matched.length, rule.name).toBeGreaterThan(0);
      expect(() =>
        readFileSync(new URL(`../../../functions/${rule.target.handler}.ts`, import.meta.url)),
      ).not.toThrow();
    }
  });

  describe('a consumer reads an event with its contract', () => {
    const received = (detailType: string, version: string) => {
      const fixture = fixtureOf(detailType, version);
      return { source: fixture.source, detailType: fixture['detail-type'], detail: fixture.detail };
    };
    const refusal = (read: () => unknown) => {
      try {
        read();
      } catch (error) {
        expect(error).toBeInstanceOf(MalformedEventError);
        return (error as Error).message;
      }
      throw new Error('the event was read, where it should have been refused');
    };

    it('a well-formed event comes out with its data and the contract of its type', () => {
      const read = readEnvelope(placeChanges, received('PlaceCreated', '1'));
      expect(read.contract).toBe(placeCreated);
      expect(read.data.name).toBe(fixtureOf('PlaceCreated', '1').detail.data.name);
    });

    it('an event whose data breaks its contract is refused, the reason naming the field', () => {
      const event = received('ImportRequested', '1');
      event.detail.data.mode = 'everything';
      expect(refusal(() => readEnvelope([importRequested], event))).toBe(
        'ImportRequested from preau.imports refused: detail.data.mode: "everything" is not one of "dry-run", "apply"',
      );
    });

    it('an event without its metadata, or with a field its contract does not know, is refused', () => {
      const bare = received('ImportRequested', '1');
      delete bare.detail.metadata;
      expect(refusal(() => readEnvelope([importRequested], bare))).toContain('detail.metadata: missing');
      const extra = received('ImportRequested', '1');
      extra.detail.data.priority = 'high';
      expect(refusal(() => readEnvelope([importRequested], extra))).toContain(
        'detail.data: unknown field priority',
      );
    });

    it('an event of another version, type or source than the consumer reads is refused', () => {
      const later = received('ImportRequested', '1');
      later.detail.metadata.version = '2';
      expect(refusal(() => readEnvelope([importRequested], later))).toContain('version 2');
      expect(refusal(() => readEnvelope([importRequested], received('PlaceCreated', '1')))).toContain(
        'this consumer takes only ImportRequested from preau.imports',
      );
      const elsewhere = { ...received('ImportRequested', '1'), source: 'someone.else' };
      expect(refusal(() => readEnvelope([importRequested], elsewhere))).toMatch(
        /^ImportRequested from someone\.else refused/,
      );
    });
  });
});
