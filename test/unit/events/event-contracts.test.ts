import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eventCatalog } from '../../../events/catalog';
import { type EventContract, envelopeSchemaOf } from '../../../events/envelope';
import { eventRules } from '../../../infra/definitions/event-rules';
import { assertValidEventPattern, matchesEventPattern } from '../../../infra/local/event-pattern';

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
});
