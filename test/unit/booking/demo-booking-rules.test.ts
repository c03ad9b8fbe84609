import { describe, expect, it } from 'vitest';
import { bookingRulesSchema } from '#domain/booking/booking-rule';
import { rulesOf, rulesOfLevel } from '#domain/booking/decide-booking';
import { demoBookingRules } from '#infra/local/seed/booking/demo-booking-rules';
import { demoDirectory } from '#infra/local/seed/people/demo-people';
import { demoPlaces } from '#infra/local/seed/places/demo-places';
import { loadRegistry } from '#infra/tenants/registry';

describe('the demo conservatoire’s booking rules', () => {
  const [demoSchool] = loadRegistry().schools;
  const directory = demoDirectory(demoSchool as NonNullable<typeof demoSchool>);
  const rules = demoBookingRules([...new Set(directory.classes.map(({ level }) => level))]);
  const levelOf = (username: string) => {
    const personId = directory.accounts.find((account) => account.username === username)?.personId;
    const classId = directory.people.find((person) => person.personId === personId)?.classId;
    return directory.classes.find((schoolClass) => schoolClass.classId === classId)?.level;
  };

  it('are rules the API itself would accept, serving every level of the curricula', () => {
    expect(bookingRulesSchema.safeParse({ rules }).success).toBe(true);
    for (const { level } of directory.classes) expect(rulesOfLevel(rules, level), level).not.toEqual([]);
  });

  it('open the practice studios to the demo student, and leave bookable rooms of another kind outside', () => {
    const opened = new Set(
      rulesOfLevel(rules, levelOf('eleve.demo')).flatMap(({ placeKinds }) => placeKinds),
    );
    expect(opened.has('practice-room')).toBe(true);
    expect(opened.has('concert-hall')).toBe(false);
    const bookable = demoPlaces().filter((place) => place.bookable);
    expect(bookable.some((place) => opened.has(place.kind))).toBe(true);
    expect(bookable.some((place) => !opened.has(place.kind))).toBe(true);
  });

  it('open the rooms bookable to teachers for their own work, under a rule no student falls under', () => {
    const [teachers, ...others] = rulesOf(rules, { kind: 'teacher' });
    expect(others).toEqual([]);
    expect(teachers?.levels).toEqual([]);
    const bookable = demoPlaces().filter((place) => place.bookable);
    expect(bookable.some((place) => teachers?.placeKinds.includes(place.kind))).toBe(true);
    for (const { level } of directory.classes) expect(rulesOfLevel(rules, level)).not.toContain(teachers);
  });
});
