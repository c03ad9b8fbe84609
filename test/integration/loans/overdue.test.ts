import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertNotBlocked, remindOverdueLoans } from '#domain/loans/remind-overdue-loans';
import { plusDays } from '#domain/shared/calendar/calendar-days';
import { todayInZone } from '#domain/shared/calendar/today-in-zone';
import { instantOf } from '#domain/shared/calendar/zoned-instant';
import { notificationKeys } from '#infra/definitions/school-table';
import { demoDirectory } from '#infra/local/seed/people/demo-people';
import { putLoan } from '../../support/loans';
import { type SchoolUnderTest, startSchoolUnderTest } from '../../support/school-under-test';

type Request = SchoolUnderTest['request'];

/**
 * Overdue loans against DynamoDB Local, with the clock of the reminders set by the test: the pupil is told the day
 * after the end date, their guardians at 7 days, staff at 14, each once however often the run goes (or runs twice
 * at once); the desk's « Relances » lists it; the borrower may not borrow again until it is back.
 */
describe('the reminders of an overdue loan, and the blocked borrower', () => {
  let school: SchoolUnderTest;
  let staff: Request;
  let pupil: Request;
  let pupilId: string;
  let guardianIds: string[];
  let itemId: string;
  let ports: typeof import('#functions/loans/adapters/loans-ports')['overduePorts'];
  const today = todayInZone(new Date(), 'Europe/Paris');
  const endDate = plusDays(today, -30);
  const at = (day: string) => ({ now: () => new Date(instantOf(day, '08:00', 'Europe/Paris')) });
  const runOn = (day: string) => remindOverdueLoans({ ...ports, clock: at(day) });

  const feedOf = async (personId: string) => {
    const { Items = [] } = await school.documents.send(
      new QueryCommand({
        TableName: school.tableName,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :item)',
        ExpressionAttributeValues: {
          ':pk': notificationKeys.person(personId),
          ':item': notificationKeys.itemPrefix,
        },
      }),
    );
    return Items.filter((item) => item.subject === 'loan-overdue');
  };

  beforeAll(async () => {
    school = await startSchoolUnderTest({}, { signedInAs: 'vie-scolaire.demo' });
    staff = school.request;
    pupil = await school.as('eleve.demo');
    pupilId = school.demoAccounts.find(({ username }) => username === 'eleve.demo')?.personId as string;
    guardianIds = demoDirectory(school.school)
      .guardianships.filter(([, child]) => child === pupilId)
      .map(([guardian]) => guardian);
    const created = await staff('POST', '/api/loans/items', {
      family: 'strings',
      kind: 'Violoncelle 4/4',
      maker: 'Gliga',
      condition: 'good',
    });
    expect(created.status).toBe(201);
    itemId = created.body.itemId;
    ports = (await import('#functions/loans/adapters/loans-ports')).overduePorts;
  }, 300_000);
  afterAll(() => school?.stop());

  it('tells the pupil, then their guardians at 7 days, then staff at 14, each once', async () => {
    expect(guardianIds.length).toBeGreaterThan(0);
    const loan = await putLoan(school, { borrowerId: pupilId, itemId, endDate });

    await runOn(endDate);
    expect(await feedOf(pupilId)).toHaveLength(0);

    // The day after: the pupil, however many runs go at once.
    await Promise.all([runOn(plusDays(endDate, 1)), runOn(plusDays(endDate, 1))]);
    await runOn(plusDays(endDate, 3));
    const feed = await pupil('GET', '/api/notifications');
    const told = feed.body.items.filter((item: { subject: string }) => item.subject === 'loan-overdue');
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({
      kind: 'loan',
      link: '/mes-prets',
      params: { instrument: 'violoncelle 4/4', gender: 'masculine', date: endDate, step: '1' },
    });
    for (const guardianId of guardianIds) expect(await feedOf(guardianId)).toHaveLength(0);

    // At 7 days, the guardians (each once), the pupil nothing more.
    await runOn(plusDays(endDate, 7));
    await runOn(plusDays(endDate, 8));
    for (const guardianId of guardianIds) {
      const theirs = await feedOf(guardianId);
      expect(theirs).toHaveLength(1);
      expect(theirs[0]?.params).toMatchObject({ step: '2', days: '7' });
    }
    expect(await feedOf(pupilId)).toHaveLength(1);

    // At 14 days, staff: the desk's « Relances » link; a rerun tells no one again.
    await runOn(plusDays(endDate, 14));
    await runOn(plusDays(endDate, 14));
    await runOn(plusDays(endDate, 20));
    const staffFeed = await staff('GET', '/api/notifications');
    const staffTold = staffFeed.body.items.filter(
      (item: { subject: string; params: { date: string } }) => item.subject === 'loan-overdue',
    );
    expect(staffTold).toHaveLength(1);
    expect(staffTold[0]).toMatchObject({ link: '/instruments/relances', params: { step: '3', days: '14' } });
    expect(JSON.stringify(staffTold)).not.toContain(pupilId);
    expect(await feedOf(pupilId)).toHaveLength(1);
    for (const guardianId of guardianIds) expect(await feedOf(guardianId)).toHaveLength(1);

    // The loan keeps the steps it had.
    const overdue = await staff('GET', '/api/loans/overdue');
    expect(overdue.status).toBe(200);
    const line = overdue.body.items.find((item: { loanId: string }) => item.loanId === loan.loanId);
    expect(line).toMatchObject({ step: 3, kind: 'Violoncelle 4/4', borrower: { personId: pupilId } });
    expect(line.reminders.map((reminder: { step: number }) => reminder.step)).toEqual([1, 2, 3]);
  });

  it('lists « Relances » for staff only', async () => {
    expect((await pupil('GET', '/api/loans/overdue')).status).toBe(403);
    const teacher = await school.as('prof.demo');
    expect((await teacher('GET', '/api/loans/overdue')).status).toBe(403);
  });

  it('refuses a new loan to the overdue borrower with borrower_overdue, and not to another', async () => {
    const blocked = await assertNotBlocked(ports, pupilId).catch((error) => error);
    expect(blocked.code).toBe('borrower_overdue');
    const other = demoDirectory(school.school).people.find(
      (person) => person.profiles.includes('student') && person.personId !== pupilId,
    )?.personId as string;
    await putLoan(school, { borrowerId: other, itemId, endDate: plusDays(today, 30) });
    await expect(assertNotBlocked(ports, other)).resolves.toBeUndefined();
  });
});
