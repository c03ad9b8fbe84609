import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plusDays } from '#domain/shared/calendar/calendar-days';
import { demoDirectory } from '#infra/local/seed/people/demo-people';
import { todayInParis } from '../../support/dates';
import { schoolWithPupilAndGuardianApart } from '../../support/demo-family';
import { outboxEvents } from '../../support/outbox-events';
import { type SchoolUnderTest, startSchoolUnderTest } from '../../support/school-under-test';

type Request = SchoolUnderTest['request'];

/**
 * Loans against DynamoDB Local, through the handlers: a pupil, a guardian for their child and a teacher ask, the
 * school's rules refuse what it does not lend them, staff approve with an item (its days held, with buffer days,
 * numbered in the year's series), refuse or waitlist (first-years first), and a cancelled loan frees its days.
 * Every answer shows a person's loan only to staff, the person and their guardians.
 */
describe('loans: requests, the school’s rules, decisions and the hold', () => {
  let school: SchoolUnderTest;
  let staff: Request;
  let pupil: Request;
  let guardian: Request;
  let teacher: Request;
  let directory: ReturnType<typeof demoDirectory>;
  let pupilId: string;
  let children: string[];
  let stranger: string;
  const cellos: string[] = [];
  let violin: string;
  let gamba: string;
  let drum: string;
  const start = plusDays(todayInParis(), 20);
  const end = plusDays(start, 29);
  const month = start.slice(0, 7);
  const year = todayInParis().slice(0, 4);

  const addItem = async (family: string, kind: string) => {
    const created = await staff('POST', '/api/loans/items', { family, kind });
    expect(created.status).toBe(201);
    return created.body.itemId as string;
  };
  const decide = (loan: { loanId: string; version: number }, body: Record<string, unknown>) =>
    staff('POST', `/api/loans/${loan.loanId}/decision`, { version: loan.version, ...body });

  beforeAll(async () => {
    school = await startSchoolUnderTest(schoolWithPupilAndGuardianApart(), {
      signedInAs: 'vie-scolaire.demo',
    });
    staff = school.request;
    pupil = await school.as('eleve.demo');
    guardian = await school.as('parent.demo');
    teacher = await school.as('prof.demo');
    directory = demoDirectory(school.school);
    const account = (name: string) =>
      directory.accounts.find((candidate) => candidate.username === name)?.personId as string;
    pupilId = account('eleve.demo');
    children = directory.guardianships.filter(([g]) => g === account('parent.demo')).map(([, c]) => c);
    stranger = directory.people.find(
      (person) =>
        person.profiles.includes('student') &&
        person.personId !== pupilId &&
        !children.includes(person.personId),
    )?.personId as string;
    for (let index = 0; index < 3; index += 1) cellos.push(await addItem('strings', 'Violoncelle 4/4'));
    violin = await addItem('strings', 'Violon 3/4');
    gamba = await addItem('early-music', 'Viole de gambe');
    drum = await addItem('percussion', 'Caisse claire');
  }, 300_000);
  afterAll(() => school?.stop());

  let pupilsLoan: { loanId: string; version: number };
  let childsLoan: { loanId: string; version: number };

  it('takes a pupil’s request for an item, with the school’s terms, as requested', async () => {
    const asked = await pupil('POST', '/api/loans', {
      itemId: cellos[0],
      startDate: start,
      endDate: end,
      note: 'Pour l’orchestre',
    });
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({
      borrowerId: pupilId,
      requestedBy: pupilId,
      itemId: cellos[0],
      itemKind: 'Violoncelle 4/4',
      status: 'requested',
      kind: 'rental',
      bufferDays: 2,
      firstLoan: true,
      version: 1,
    });
    expect(asked.body.number).toBeUndefined();
    pupilsLoan = asked.body;
    const mine = await pupil('GET', '/api/loans');
    expect(mine.body.loans.map((loan: { loanId: string }) => loan.loanId)).toEqual([pupilsLoan.loanId]);
  });

  it('lets a guardian ask for their child only, and a pupil for themself only', async () => {
    const forChild = await guardian('POST', '/api/loans', {
      wanted: { family: 'strings', kind: 'Violoncelle 4/4' },
      startDate: plusDays(start, 10),
      endDate: plusDays(end, 10),
      borrowerId: children[0],
    });
    expect(forChild.status).toBe(201);
    expect(forChild.body).toMatchObject({
      borrowerId: children[0],
      wanted: { family: 'strings', kind: 'Violoncelle 4/4' },
    });
    childsLoan = forChild.body;

    const body = { itemId: cellos[1], startDate: start, endDate: end };
    expect((await guardian('POST', '/api/loans', { ...body, borrowerId: stranger })).status).toBe(404);
    expect((await pupil('POST', '/api/loans', { ...body, borrowerId: stranger })).status).toBe(404);
    expect((await guardian('GET', `/api/loans/${childsLoan.loanId}`)).status).toBe(200);
    expect((await pupil('GET', `/api/loans/${childsLoan.loanId}`)).status).toBe(404);
    expect((await guardian('GET', `/api/loans/${pupilsLoan.loanId}`)).status).toBe(404);
    const ofFamily = await guardian('GET', '/api/loans');
    expect(ofFamily.body.loans.map((loan: { loanId: string }) => loan.loanId)).toEqual([childsLoan.loanId]);
    expect((await pupil('GET', '/api/loans?status=requested')).status).toBe(403);
    expect((await guardian('GET', `/api/loans?borrowerId=${pupilId}`)).status).toBe(404);
  });

  it('refuses what the school’s rules do not lend, and bad dates, naming the field', async () => {
    const gambaForPupil = await pupil('POST', '/api/loans', {
      itemId: gamba,
      startDate: start,
      endDate: end,
    });
    expect(gambaForPupil.status).toBe(403);
    expect(gambaForPupil.body.error.code).toBe('not_allowed_to_borrow');
    expect((await pupil('POST', '/api/loans', { itemId: drum, startDate: start, endDate: end })).status).toBe(
      403,
    );

    const both = await pupil('POST', '/api/loans', {
      itemId: cellos[1],
      wanted: { family: 'strings', kind: 'Violoncelle 4/4' },
      startDate: start,
      endDate: end,
    });
    expect(both.status).toBe(400);
    expect(both.body.error.errors).toEqual([
      expect.objectContaining({ field: 'itemId', code: 'item_or_kind_needed' }),
    ]);
    const backwards = await pupil('POST', '/api/loans', {
      itemId: cellos[1],
      startDate: end,
      endDate: start,
    });
    expect(backwards.body.error.errors).toEqual([
      expect.objectContaining({ field: 'endDate', code: 'end_before_start' }),
    ]);
    const past = await pupil('POST', '/api/loans', {
      itemId: cellos[1],
      startDate: plusDays(todayInParis(), -1),
      endDate: end,
    });
    expect(past.body.error.errors).toEqual([
      expect.objectContaining({ field: 'startDate', code: 'start_in_past' }),
    ]);
    const tooLong = await pupil('POST', '/api/loans', {
      itemId: cellos[1],
      startDate: start,
      endDate: plusDays(start, 400),
    });
    expect(tooLong.body.error.errors).toEqual([
      expect.objectContaining({ field: 'endDate', code: 'loan_too_long' }),
    ]);
    const notADay = await pupil('POST', '/api/loans', {
      itemId: cellos[1],
      startDate: `${Number(year) + 1}-02-30`,
      endDate: end,
    });
    expect(notADay.status).toBe(400);
    expect(notADay.body.error.errors[0].field).toBe('startDate');
  });

  it('approves with the item held over the span and its buffer days, numbered and announced', async () => {
    const approved = await decide(pupilsLoan, { decision: 'approve' });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({
      status: 'approved',
      number: `P${year}-0001`,
      itemId: cellos[0],
      version: 2,
    });
    pupilsLoan = approved.body;

    const seen = await staff('GET', `/api/loans/availability?family=strings&month=${month}`);
    expect(seen.status).toBe(200);
    const held = seen.body.items.find((item: { itemId: string }) => item.itemId === cellos[0]).held;
    expect(held[0]).toMatchObject({ loanId: pupilsLoan.loanId, borrowerId: pupilId, status: 'approved' });
    const firstHeld = held.find((day: { date: string }) => day.date === plusDays(start, -2));
    if (month === plusDays(start, -2).slice(0, 7)) expect(firstHeld).toMatchObject({ buffer: true });
    expect(held.some((day: { date: string; buffer?: boolean }) => day.date === start && !day.buffer)).toBe(
      true,
    );

    // The pupil sees their own loan's days; a guardian sees the days held, and nobody's loan.
    const byPupil = await pupil('GET', `/api/loans/availability?family=strings&month=${month}`);
    expect(
      byPupil.body.items.find((item: { itemId: string }) => item.itemId === cellos[0]).held[0].loanId,
    ).toBe(pupilsLoan.loanId);
    const byGuardian = await guardian('GET', `/api/loans/availability?family=strings&month=${month}`);
    const other = byGuardian.body.items.find((item: { itemId: string }) => item.itemId === cellos[0]).held[0];
    expect(other.status).toBe('approved');
    expect(other.loanId).toBeUndefined();
    expect(other.borrowerId).toBeUndefined();

    const events = await outboxEvents(school, 'LoanDecided');
    expect(events).toEqual([
      expect.objectContaining({
        loanId: pupilsLoan.loanId,
        status: 'approved',
        previousStatus: 'requested',
        number: `P${year}-0001`,
      }),
    ]);
    const again = await decide({ ...pupilsLoan, version: 1 }, { decision: 'refuse', reason: 'non' });
    expect(again.status).toBe(412);
  });

  it('gives an « any » request an item of its kind, free over its dates: the held one is refused, naming the days', async () => {
    const onHeld = await decide(childsLoan, { decision: 'approve', itemId: cellos[0] });
    expect(onHeld.status).toBe(409);
    expect(onHeld.body.error).toMatchObject({
      code: 'item_held',
      itemId: cellos[0],
      from: expect.any(String),
    });
    expect(onHeld.body.error.heldDates).toContain(plusDays(start, 10));
    const notOfKind = await decide(childsLoan, { decision: 'approve', itemId: violin });
    expect(notOfKind.body.error.errors).toEqual([
      expect.objectContaining({ field: 'itemId', code: 'item_not_of_kind' }),
    ]);
    const none = await decide(childsLoan, { decision: 'approve' });
    expect(none.body.error.errors).toEqual([expect.objectContaining({ code: 'item_needed' })]);

    const given = await decide(childsLoan, { decision: 'approve', itemId: cellos[1] });
    expect(given.status).toBe(200);
    expect(given.body).toMatchObject({ itemId: cellos[1], number: `P${year}-0002`, status: 'approved' });
    const ofItem = await staff('GET', `/api/loans?itemId=${cellos[1]}`);
    expect(ofItem.body.loans).toEqual([
      expect.objectContaining({ loanId: childsLoan.loanId, borrowerName: expect.any(String) }),
    ]);
    const sheet = await guardian('GET', `/api/loans?borrowerId=${children[0]}`);
    expect(sheet.body.loans.map((loan: { status: string }) => loan.status)).toEqual(['approved']);
  });

  it('refuses with a reason only, and moves no loan where its status forbids', async () => {
    const asked = await teacher('POST', '/api/loans', { itemId: drum, startDate: start, endDate: end });
    expect(asked.status).toBe(201);
    const silent = await decide(asked.body, { decision: 'refuse' });
    expect(silent.body.error.errors).toEqual([
      expect.objectContaining({ field: 'reason', code: 'reason_needed' }),
    ]);
    const refused = await decide(asked.body, { decision: 'refuse', reason: 'Réservée au concert de Noël' });
    expect(refused.status).toBe(200);
    expect(refused.body).toMatchObject({
      status: 'refused',
      decision: { reason: 'Réservée au concert de Noël' },
    });
    expect(refused.body.number).toBeUndefined();
    const reopened = await decide(refused.body, { decision: 'approve', itemId: drum });
    expect(reopened.status).toBe(409);
    expect(reopened.body.error.code).toBe('loan_move_not_allowed');
  });

  it('keeps a waiting list first-years first, then by request, and frees a cancelled loan’s days', async () => {
    const dates = { startDate: plusDays(start, 5), endDate: plusDays(end, 5) };
    const wanted = { family: 'strings', kind: 'Violoncelle 4/4' };
    const again = await pupil('POST', '/api/loans', { wanted, ...dates });
    const newcomer = await guardian('POST', '/api/loans', { wanted, ...dates, borrowerId: children[1] });
    expect(again.body.firstLoan).toBe(false);
    expect(newcomer.body.firstLoan).toBe(true);
    expect((await decide(again.body, { decision: 'waitlist' })).status).toBe(200);
    expect((await decide(newcomer.body, { decision: 'waitlist' })).status).toBe(200);
    const list = await staff('GET', '/api/loans?status=waitlisted');
    expect(list.body.loans.map((loan: { loanId: string }) => loan.loanId)).toEqual([
      newcomer.body.loanId,
      again.body.loanId,
    ]);

    // The pupil gives up their approved cello: its days are free again, and the newcomer gets it.
    const cancelled = await pupil('POST', `/api/loans/${pupilsLoan.loanId}/decision`, {
      decision: 'cancel',
      version: pupilsLoan.version,
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
    const seen = await staff('GET', `/api/loans/availability?family=strings&month=${month}`);
    expect(seen.body.items.find((item: { itemId: string }) => item.itemId === cellos[0]).held).toEqual([]);
    const waiting = (await staff('GET', `/api/loans/${newcomer.body.loanId}`)).body;
    expect((await decide(waiting, { decision: 'approve', itemId: cellos[0] })).status).toBe(200);
    // Another's request is not the pupil's to cancel.
    const foreign = await pupil('POST', `/api/loans/${newcomer.body.loanId}/decision`, {
      decision: 'cancel',
      version: 3,
    });
    expect(foreign.status).toBe(404);
  });

  it('answers another school’s loan as an unknown one: it is not in this school’s table', async () => {
    const elsewhere = '00000000-0000-4000-8000-000000000019';
    expect((await staff('GET', `/api/loans/${elsewhere}`)).status).toBe(404);
    const decision = { decision: 'refuse', reason: 'x', version: 1 };
    expect((await staff('POST', `/api/loans/${elsewhere}/decision`, decision)).status).toBe(404);
  });
});
