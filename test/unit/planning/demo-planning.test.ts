import { describe, expect, it } from 'vitest';
import { overlaps } from '#domain/planning/conflicts';
import { agendaEntriesOf } from '#domain/planning/occurrences';
import { exclusiveResourcesOf } from '#domain/planning/resource-days';
import { demoYear } from '#infra/local/seed/planning/seed-demo-planning';

/** The demo year is written without the guarded transactions: it must hold no overlap for them to miss. */
describe('the demo conservatoire’s planned year', () => {
  const year = demoYear({ id: 'demo', kind: 'conservatoire' });
  const entries = year.activities.flatMap((activity) =>
    agendaEntriesOf(activity, 'course', year.calendar, 'Europe/Paris'),
  );

  it('plans a whole year: thousands of occurrences, none in the holidays', () => {
    expect(entries.length).toBeGreaterThan(3000);
    const christmas = year.calendar.holidays.find(({ label }) => label.includes('Noël'));
    expect(entries.filter(({ date }) => christmas && date >= christmas.from && date <= christmas.to)).toEqual(
      [],
    );
  });

  it('never puts a place, a person or a class in two activities at once', () => {
    const byResourceDay = new Map<string, typeof entries>();
    const overlapping: string[] = [];
    for (const entry of entries) {
      for (const resource of exclusiveResourcesOf(entry)) {
        const key = `${resource.kind}#${resource.id}#${entry.date}`;
        const others = byResourceDay.get(key) ?? [];
        for (const other of others)
          if (overlaps(entry, other)) overlapping.push(`${key} ${entry.title} / ${other.title}`);
        byResourceDay.set(key, [...others, entry]);
      }
    }
    expect(overlapping).toEqual([]);
  });
});
