import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loansKeys } from '#infra/definitions/school-table';
import { demoDirectory } from '#infra/local/seed/people/demo-people';
import { putLoan } from '../../support/loans';
import { type SchoolUnderTest, startSchoolUnderTest } from '../../support/school-under-test';

type Request = SchoolUnderTest['request'];

/**
 * The yearly renewal campaign against DynamoDB Local: staff open it (twice, and twice at once: each loan renewed
 * once), the pupil answers « je renouvelle », staff decide every renewal in one call, the approval holding the
 * item over the next year: a second renewal of the same item finds it held.
 */
describe('the yearly renewal campaign', () => {
  let school: SchoolUnderTest;
  let staff: Request;
  let pupil: Request;
  let pupilId: string;
  let otherPupilId: string;
  const year = '2027-2028';

  const newItem = async (kind: string) => {
    const created = await staff('POST', '/api/loans/items', { family: 'strings', kind, condition: 'good' });
    expect(created.status).toBe(201);
    return created.body.itemId as string;
  };

  beforeAll(async () => {
    school = await startSchoolUnderTest({}, { signedInAs: 'vie-scolaire.demo' });
    staff = school.request;
    pupil = await school.as('eleve.demo');
    pupilId = school.demoAccounts.find(({ username }) => username === 'eleve.demo')?.personId as string;
    otherPupilId = demoDirectory(school.school).people.find(
      (person) => person.profiles.includes('student') && person.personId !== pupilId,
    )?.personId as string;
  }, 300_000);
  afterAll(() => school?.stop());

  it('renews each running loan once, however often the campaign is opened, and decides them in one call', async () => {
    const cello = await newItem('Violoncelle 4/4');
    const violin = await newItem('Violon 3/4');
    const pupilsLoan = await putLoan(school, {
      borrowerId: pupilId,
      itemId: cello,
      startDate: '2026-09-01',
      endDate: '2027-06-30',
    });
    // The same cello, lent before to another pupil, signed for the rest of this year: its renewal will find it held.
    const sameCello = await putLoan(school, {
      borrowerId: otherPupilId,
      itemId: cello,
      status: 'signed',
      startDate: '2027-01-04',
      endDate: '2027-06-30',
    });
    const violinLoan = await putLoan(school, {
      borrowerId: otherPupilId,
      itemId: violin,
      startDate: '2026-09-01',
      endDate: '2027-06-30',
    });

    const opened = await Promise.all([
      staff('POST', '/api/loans/campaigns', { schoolYear: year }),
      staff('POST', '/api/loans/campaigns', { schoolYear: year }),
    ]);
    expect(opened.map((answer) => answer.status)).toEqual([200, 200]);
    expect(opened[0]?.body.created + opened[1]?.body.created).toBe(3);
    const again = await staff('POST', '/api/loans/campaigns', { schoolYear: year });
    expect(again.body).toMatchObject({
      created: 0,
      campaign: { schoolYear: year, startDate: '2027-09-01', endDate: '2028-07-04' },
    });

    const screen = await staff('GET', `/api/loans/campaigns/${year}`);
    expect(screen.status).toBe(200);
    expect(screen.body.renewals).toHaveLength(3);
    const renewalOf = (loanId: string) =>
      screen.body.renewals.find((renewal: { renews: string }) => renewal.renews === loanId);
    expect(renewalOf(pupilsLoan.loanId)).toMatchObject({
      status: 'requested',
      kind: 'Violoncelle 4/4',
      startDate: '2027-09-01',
      endDate: '2028-07-04',
      borrower: { personId: pupilId },
    });

    // The pupil sees their renewal, and answers it; another's is not theirs to answer.
    const mine = await pupil('GET', '/api/loans/renewals');
    expect(mine.body.renewals.map((renewal: { renews: string }) => renewal.renews)).toEqual([
      pupilsLoan.loanId,
    ]);
    const pupilsRenewal = renewalOf(pupilsLoan.loanId).loanId;
    const answered = await pupil('POST', `/api/loans/${pupilsRenewal}/renewal-answer`, { answer: 'renew' });
    expect(answered.status).toBe(200);
    expect(
      (
        await pupil('POST', `/api/loans/${renewalOf(violinLoan.loanId).loanId}/renewal-answer`, {
          answer: 'renew',
        })
      ).status,
    ).toBe(403);
    expect((await pupil('GET', `/api/loans/campaigns/${year}`)).status).toBe(403);
    const badAnswer = await pupil('POST', `/api/loans/${pupilsRenewal}/renewal-answer`, { answer: 'maybe' });
    expect(badAnswer.status).toBe(400);

    // Staff approve two (the same cello twice: the second finds it held) and refuse one, in one call.
    const decided = await staff('POST', `/api/loans/campaigns/${year}/decisions`, {
      approve: [pupilsRenewal, renewalOf(sameCello.loanId).loanId],
      refuse: [renewalOf(violinLoan.loanId).loanId],
      reason: 'Le violon 3/4 est trop petit',
    });
    expect(decided.status).toBe(200);
    expect(decided.body.outcomes).toEqual([
      { loanId: pupilsRenewal, outcome: 'approved' },
      { loanId: renewalOf(sameCello.loanId).loanId, code: 'item_held' },
      { loanId: renewalOf(violinLoan.loanId).loanId, outcome: 'refused' },
    ]);
    const { Item: september } = await school.documents.send(
      new GetCommand({ TableName: school.tableName, Key: loansKeys.hold(cello, '2027-09') }),
    );
    expect(september).toMatchObject({ d01: pupilsRenewal, d30: pupilsRenewal });
    // Granted as at the desk: numbered in the year's series, its marks summarised for the availability.
    const granted = await staff('GET', `/api/loans/${pupilsRenewal}`);
    expect(granted.body).toMatchObject({
      status: 'approved',
      number: expect.stringMatching(/^P\d{4}-\d{4}$/),
    });
    expect(september?.[`loan#${pupilsRenewal}`]).toMatchObject({ status: 'approved' });
    const after = await staff('GET', `/api/loans/campaigns/${year}`);
    const statuses = Object.fromEntries(
      after.body.renewals.map((renewal: { renews: string; status: string; answer?: string }) => [
        renewal.renews,
        [renewal.status, renewal.answer],
      ]),
    );
    expect(statuses).toEqual({
      [pupilsLoan.loanId]: ['approved', 'renew'],
      [sameCello.loanId]: ['requested', undefined],
      [violinLoan.loanId]: ['refused', undefined],
    });

    // Decided: no more answers, no second decision.
    expect(
      (await pupil('POST', `/api/loans/${pupilsRenewal}/renewal-answer`, { answer: 'return' })).body.error
        .code,
    ).toBe('renewal_not_open');
    const twice = await staff('POST', `/api/loans/campaigns/${year}/decisions`, { approve: [pupilsRenewal] });
    expect(twice.body.outcomes).toEqual([{ loanId: pupilsRenewal, code: 'renewal_not_open' }]);
  });

  it('refuses a bad year, a year over, a campaign not opened, and a renewal in both lists', async () => {
    expect((await staff('POST', '/api/loans/campaigns', { schoolYear: '2027' })).status).toBe(400);
    const past = await staff('POST', '/api/loans/campaigns', { schoolYear: '2024-2025' });
    expect([past.status, past.body.error.code]).toEqual([409, 'campaign_year_past']);
    expect((await staff('GET', '/api/loans/campaigns/2030-2031')).status).toBe(404);
    const both = await staff('POST', `/api/loans/campaigns/${year}/decisions`, {
      approve: ['a'],
      refuse: ['a'],
    });
    expect(both.status).toBe(400);
    expect((await pupil('POST', '/api/loans/campaigns', { schoolYear: year })).status).toBe(403);
  });
});
