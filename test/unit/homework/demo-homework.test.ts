import { describe, expect, it } from 'vitest';
import { entryInputSchema } from '#domain/homework/homework';
import { demoHomework } from '#infra/local/seed/homework/demo-homework';
import { demoSchool } from '../../support/demo-school';

describe('the demo homework book', () => {
  const entries = demoHomework(demoSchool, '2026-12-07');

  it('writes the last sessions before the day, each with work due after it, the last due at the next session', () => {
    expect(entries.length).toBeGreaterThanOrEqual(2);
    for (const entry of entries) {
      expect(entry.session.date <= '2026-12-07').toBe(true);
      expect(entry.session.teacherIds.length).toBeGreaterThan(0);
      for (const work of entry.works) expect(work.dueDate > entry.session.date).toBe(true);
    }
    expect(entries.some((entry) => entry.works.some((work) => work.dueDate > '2026-12-07'))).toBe(true);
  });

  it('holds only entries the API itself would accept', () => {
    for (const { content, links, works } of entries) {
      expect(
        entryInputSchema.safeParse({
          content,
          links,
          works: works.map(({ text, dueDate }) => ({ text, dueDate })),
        }).success,
      ).toBe(true);
    }
  });
});
