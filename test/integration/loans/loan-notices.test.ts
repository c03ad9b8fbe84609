import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plusDays } from '#domain/shared/calendar/calendar-days';
import { notificationKeys } from '#infra/definitions/school-table';
import { demoDirectory } from '#infra/local/seed/people/demo-people';
import { todayInParis } from '../../support/dates';
import { type SchoolUnderTest, startSchoolUnderTest } from '../../support/school-under-test';

type Request = SchoolUnderTest['request'];

/**
 * A decision told to the borrower through messaging's notifications (the bus rule `on-loan-decided`): a pupil and
 * their guardians of a grant, with the loan's form to sign; a refusal with its reason; a teacher alone of the
 * waiting list; a cancellation to nobody; each once.
 */
describe('the notice of a loan’s decision', () => {
  let school: SchoolUnderTest;
  let staff: Request;
  let pupil: Request;
  let teacher: Request;
  let pupilId: string;
  let teacherId: string;
  let guardianIds: string[];
  let cello: string;
  const start = plusDays(todayInParis(), 15);
  const end = plusDays(start, 30);

  const noticesOf = async (personId: string) => {
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
    return Items.filter((item) => item.subject === 'loan-decided');
  };
  const ask = async (as: Request, body: Record<string, unknown>) => {
    const asked = await as('POST', '/api/loans', { itemId: cello, startDate: start, endDate: end, ...body });
    expect(asked.status).toBe(201);
    return asked.body as { loanId: string; version: number };
  };
  const decide = async (loan: { loanId: string; version: number }, body: Record<string, unknown>) => {
    const decided = await staff('POST', `/api/loans/${loan.loanId}/decision`, {
      version: loan.version,
      ...body,
    });
    expect(decided.status).toBe(200);
    return decided.body;
  };

  beforeAll(async () => {
    school = await startSchoolUnderTest({}, { signedInAs: 'vie-scolaire.demo' });
    staff = school.request;
    pupil = await school.as('eleve.demo');
    teacher = await school.as('prof.demo');
    const account = (name: string) =>
      school.demoAccounts.find(({ username }) => username === name)?.personId as string;
    pupilId = account('eleve.demo');
    teacherId = account('prof.demo');
    guardianIds = demoDirectory(school.school)
      .guardianships.filter(([, child]) => child === pupilId)
      .map(([guardian]) => guardian);
    cello = (await staff('POST', '/api/loans/items', { family: 'strings', kind: 'Violoncelle 4/4' })).body
      .itemId;
  }, 300_000);
  afterAll(() => school?.stop());

  it('tells a pupil and their guardians of a grant, with the form to sign, once', async () => {
    expect(guardianIds.length).toBeGreaterThan(0);
    const approved = await decide(await ask(pupil, {}), { decision: 'approve', itemId: cello });
    await school.eventsDelivered();
    const feed = await pupil('GET', '/api/notifications');
    const told = feed.body.items.filter((item: { subject: string }) => item.subject === 'loan-decided');
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({
      kind: 'loan',
      link: `/prets/${approved.loanId}`,
      params: {
        instrument: 'violoncelle 4/4',
        gender: 'masculine',
        status: 'approved',
        fromDate: start,
        toDate: end,
        number: approved.number,
      },
    });
    for (const guardianId of guardianIds) expect(await noticesOf(guardianId)).toHaveLength(1);
    expect(await noticesOf(teacherId)).toHaveLength(0);
  });

  it('tells a refusal with its reason, a teacher alone of the waiting list, and nobody of a cancellation', async () => {
    const later = { startDate: plusDays(end, 30), endDate: plusDays(end, 40) };
    await decide(await ask(pupil, later), { decision: 'refuse', reason: 'Réservé à l’orchestre' });
    await decide(await ask(teacher, later), { decision: 'waitlist' });
    const cancelled = await ask(teacher, { startDate: plusDays(end, 60), endDate: plusDays(end, 70) });
    expect(
      (
        await teacher('POST', `/api/loans/${cancelled.loanId}/decision`, {
          version: cancelled.version,
          decision: 'cancel',
        })
      ).status,
    ).toBe(200);
    await school.eventsDelivered();

    const pupils = await noticesOf(pupilId);
    expect(pupils.map((notice) => notice.params.status).sort()).toEqual(['approved', 'refused']);
    expect(pupils.find((notice) => notice.params.status === 'refused')?.params).toMatchObject({
      reason: 'Réservé à l’orchestre',
    });
    const teachers = await noticesOf(teacherId);
    expect(teachers.map((notice) => [notice.params.status, notice.link])).toEqual([
      ['waitlisted', '/mes-prets'],
    ]);
    for (const guardianId of guardianIds) expect(await noticesOf(guardianId)).toHaveLength(2);
  });
});
