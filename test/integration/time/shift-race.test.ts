import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDirectory } from '#infra/local/seed/people/demo-people';
import { type SchoolUnderTest, startSchoolUnderTest } from '../../support/school-under-test';

/**
 * Planners saving shifts of one person at once: each reads the day and week, checks, and saves on the versions
 * read; one wins each round, the others read again and check again. Five shifts of 3 h for an intermittent whose
 * day allows 10 h: three are saved, two refused by the rule (or `stale` when they kept losing), and the day's total
 * never passes 10 h.
 */
describe('five shifts of one person saved at once', () => {
  let school: SchoolUnderTest;
  let personId: string;

  beforeAll(async () => {
    school = await startSchoolUnderTest({}, { signedInAs: 'planning.demo' });
    personId = demoDirectory(school.school).people.filter((person) => person.profiles.includes('teacher'))[4]
      ?.personId as string;
    const contract = await school.request('PUT', `/api/time/people/${personId}/contract`, {
      kind: 'intermittent',
      skills: ['lighting'],
      from: '2027-03-01',
      until: '2027-03-31',
      pay: 'hours',
    });
    expect(contract.status).toBe(200);
  }, 300_000);
  afterAll(() => school?.stop());

  it('saves at most 10 h on the day, whatever the order', async () => {
    const head = await school.as('direction.demo');
    const starts = ['06:00', '09:30', '13:00', '16:30', '20:00'];
    const answers = await Promise.all(
      starts.map((start, index) => {
        const hour = Number(start.slice(0, 2)) + 3;
        const end = `${String(hour).padStart(2, '0')}${start.slice(2)}`;
        return (index % 2 ? head : school.request)('POST', '/api/time/shifts', {
          personId,
          work: 'set-up',
          planned: { startsAt: `2027-03-10T${start}:00+01:00`, endsAt: `2027-03-10T${end}:00+01:00` },
        });
      }),
    );
    const statuses = answers.map(({ status }) => status);
    const saved = statuses.filter((status) => status === 201).length;
    expect(saved).toBeLessThanOrEqual(3);
    expect(saved).toBeGreaterThanOrEqual(1);
    for (const refused of answers.filter(({ status }) => status !== 201)) {
      expect(refused.status).toBe(409);
      expect(['shift_breaks_rule', 'stale']).toContain(refused.body.error.code);
    }
    // A shift refused by the rule saw at least 8 h saved: the day then holds exactly three.
    if (answers.some(({ body }) => body.error?.code === 'shift_breaks_rule')) expect(saved).toBe(3);
    const week = await school.request('GET', `/api/time/weeks/2027-03-08?personId=${personId}`);
    const [person] = week.body.people;
    expect(person.shifts).toHaveLength(saved);
    expect(person.plannedMinutes).toBe(saved * 180);
    expect(person.plannedMinutes).toBeLessThanOrEqual(600);
  }, 120_000);
});
