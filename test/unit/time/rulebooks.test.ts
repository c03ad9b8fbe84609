import { describe, expect, it } from 'vitest';
import { contractKinds, rulebookOfContract } from '#domain/time/contract';
import { exceptionGrounds, rulebooks, ruleIds } from '#domain/time/rulebooks';

const limitsOf = (id: keyof typeof rulebooks) =>
  Object.fromEntries(rulebooks[id].rules.map((rule) => [rule.id, rule.limit / 60]));

describe('the rulebooks, as data', () => {
  it('give each contract a rulebook', () => {
    for (const kind of contractKinds) expect(rulebooks[rulebookOfContract[kind]], kind).toBeDefined();
  });

  it('give each rule its source, text and article, once per rulebook', () => {
    for (const rulebook of Object.values(rulebooks)) {
      const ids = rulebook.rules.map(({ id }) => id);
      expect(new Set(ids).size, rulebook.id).toBe(ids.length);
      for (const rule of rulebook.rules) {
        expect(ruleIds).toContain(rule.id);
        expect(rule.source.text.length, `${rulebook.id} ${rule.id}`).toBeGreaterThan(20);
        expect(rule.source.article, `${rulebook.id} ${rule.id}`).toMatch(/^(Décret|Code du travail|CCNEAC)/);
        for (const ground of rule.exception?.grounds ?? []) expect(exceptionGrounds).toContain(ground);
        // French typography in the texts the portal will show.
        expect(`${rule.source.text}${rule.source.article}`).not.toContain("'");
      }
    }
  });

  it('hold the public employees’ limits of décret 2000-815', () => {
    expect(limitsOf('public-service')).toEqual({
      'daily-work-max': 10,
      'weekly-work-max': 48,
      'rolling-average-max': 44,
      'daily-rest-min': 11,
      'weekly-rest-min': 35,
      'daily-span-max': 12,
      'break-min': 20 / 60,
    });
    expect(rulebooks['public-service'].night).toMatchObject({ from: '22:00', to: '05:00' });
  });

  it('hold the live-performance agreement’s 10 h, 12 h by exception, and its call of 3 h 30', () => {
    const daily = rulebooks['idcc-1285'].rules.find(({ id }) => id === 'daily-work-max');
    expect(daily).toMatchObject({
      limit: 600,
      exception: { limit: 720, grounds: ['tour', 'festival', 'premiere', 'set-up-strike'] },
    });
    expect(limitsOf('idcc-1285')['minimum-call']).toBe(3.5);
    expect(rulebooks['idcc-1285'].premiereDays).toBe(15);
  });

  it('count an intermittent’s cachet 12 h alone, 8 h a day grouped', () => {
    expect(rulebooks.intermittent.cachets).toMatchObject({
      aloneMinutes: 720,
      groupedMinutesPerDay: 480,
      groupedFromDays: 5,
    });
  });
});
