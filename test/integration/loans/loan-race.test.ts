import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plusDays } from '#domain/shared/calendar/calendar-days';
import { demoDirectory } from '#infra/local/seed/people/demo-people';
import { todayInParis } from '../../support/dates';
import { type SchoolUnderTest, startSchoolUnderTest } from '../../support/school-under-test';

type Request = SchoolUnderTest['request'];

/**
 * Staff lending the same item at the same moment: the day marks' conditions let exactly one approval through, the
 * others get `409 item_held` and take no number (the counter moves in the winner's transaction only).
 */
describe('two, then ten, staff approving loans of one item over overlapping dates at once', () => {
  let school: SchoolUnderTest;
  let staff: Request;
  let head: Request;
  let pupils: string[];
  const year = todayInParis().slice(0, 4);

  beforeAll(async () => {
    school = await startSchoolUnderTest({}, { signedInAs: 'vie-scolaire.demo' });
    staff = school.request;
    head = await school.as('direction.demo');
    pupils = demoDirectory(school.school)
      .people.filter((person) => person.profiles.includes('student'))
      .slice(0, 10)
      .map((person) => person.personId);
  }, 300_000);
  afterAll(() => school?.stop());

  /** Requests for one item, each a different pupil's, each starting a day after the one before. */
  const requestsFor = async (itemId: string, count: number, from: string) => {
    const loans: { loanId: string; version: number }[] = [];
    for (let index = 0; index < count; index += 1) {
      const asked = await staff('POST', '/api/loans', {
        itemId,
        borrowerId: pupils[index],
        startDate: plusDays(from, index),
        endDate: plusDays(from, index + 20),
      });
      expect(asked.status).toBe(201);
      loans.push(asked.body);
    }
    return loans;
  };

  const race = async (count: number, from: string) => {
    const { body: item } = await staff('POST', '/api/loans/items', {
      family: 'strings',
      kind: 'Violoncelle 4/4',
    });
    const loans = await requestsFor(item.itemId, count, from);
    const answers = await Promise.all(
      loans.map((loan, index) =>
        (index % 2 ? head : staff)('POST', `/api/loans/${loan.loanId}/decision`, {
          decision: 'approve',
          version: loan.version,
        }),
      ),
    );
    return answers;
  };

  it('lets one of two through', async () => {
    const answers = await race(2, plusDays(todayInParis(), 30));
    expect(answers.map(({ status }) => status).sort()).toEqual([200, 409]);
    expect(answers.find(({ status }) => status === 409)?.body.error.code).toBe('item_held');
    expect(answers.find(({ status }) => status === 200)?.body.number).toBe(`P${year}-0001`);
  }, 120_000);

  it('lets one of ten through, and the next number follows without a gap', async () => {
    const answers = await race(10, plusDays(todayInParis(), 90));
    const statuses = answers.map(({ status }) => status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(9);
    for (const refused of answers.filter(({ status }) => status === 409))
      expect(refused.body.error.code).toBe('item_held');
    expect(answers.find(({ status }) => status === 200)?.body.number).toBe(`P${year}-0002`);
  }, 120_000);
});
