import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plusDays } from '#domain/shared/calendar/calendar-days';
import { todayInParis } from '../../support/dates';
import { schoolWithPupilAndGuardianApart } from '../../support/demo-family';
import { type SchoolUnderTest, startSchoolUnderTest } from '../../support/school-under-test';

type Request = SchoolUnderTest['request'];

/**
 * The school's own rules of lending against DynamoDB Local, through the handlers: the defaults at version 0, a
 * school narrowing the strings to its teachers (a pupil's violin refused with the rule's code, a teacher's
 * accepted), two staff saving at once (one wins, the other 409 `loan_rules_stale`), bad input named by its field.
 */
describe('loans: the school’s rules of lending', () => {
  let school: SchoolUnderTest;
  let staff: Request;
  let pupil: Request;
  let teacher: Request;
  let violin: string;
  const start = plusDays(todayInParis(), 20);
  const end = plusDays(start, 29);

  /** The demo's rules as staff type them, with the strings lent to teachers only. */
  const teachersOnlyStrings = [
    {
      family: 'strings',
      borrowers: ['teacher'],
      bufferDays: 2,
      kind: 'rental',
      feeEuros: 45.5,
      depositEuros: 150,
    },
    {
      family: 'winds',
      borrowers: ['student', 'teacher'],
      bufferDays: 2,
      kind: 'rental',
      feeEuros: 60,
      depositEuros: 200,
    },
    { family: 'voice', borrowers: ['student', 'teacher'], levels: ['Cycle 2'], bufferDays: 1, kind: 'free' },
  ];

  beforeAll(async () => {
    school = await startSchoolUnderTest(schoolWithPupilAndGuardianApart(), {
      signedInAs: 'vie-scolaire.demo',
    });
    staff = school.request;
    pupil = await school.as('eleve.demo');
    teacher = await school.as('prof.demo');
    const created = await staff('POST', '/api/loans/items', { family: 'strings', kind: 'Violon 3/4' });
    expect(created.status).toBe(201);
    violin = created.body.itemId as string;
  });

  afterAll(async () => {
    await school?.stop();
  });

  it('reads the defaults at version 0 until the school sets its own', async () => {
    const rules = await staff('GET', '/api/loans/rules');
    expect(rules.status).toBe(200);
    expect(rules.body.version).toBe(0);
    expect(rules.body.rules).toContainEqual(
      expect.objectContaining({ family: 'strings', borrowers: ['student', 'teacher'], feeCents: 6000 }),
    );
    expect((await pupil('GET', '/api/loans/rules')).status).toBe(403);
    expect((await teacher('PUT', '/api/loans/rules', { version: 0, rules: [] })).status).toBe(403);
  });

  it('refuses bad rules naming the field, and writes nothing', async () => {
    const tooLong = await staff('PUT', '/api/loans/rules', {
      version: 0,
      rules: [{ ...teachersOnlyStrings[0], bufferDays: 31 }],
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.errors).toEqual([
      expect.objectContaining({ field: 'rules.0.bufferDays', code: 'too_large' }),
    ]);
    const nobody = await staff('PUT', '/api/loans/rules', {
      version: 0,
      rules: [{ ...teachersOnlyStrings[0], borrowers: [] }],
    });
    expect(nobody.body.error.errors).toEqual([expect.objectContaining({ field: 'rules.0.borrowers' })]);
    const twice = await staff('PUT', '/api/loans/rules', {
      version: 0,
      rules: [teachersOnlyStrings[0], teachersOnlyStrings[0]],
    });
    expect(twice.status).toBe(400);
    expect(twice.body.error.errors).toEqual([
      expect.objectContaining({ field: 'rules.1.family', code: 'loan_rule_repeated' }),
    ]);
    expect((await staff('GET', '/api/loans/rules')).body.version).toBe(0);
  });

  it('lends the strings to teachers only once the school says so: a pupil refused, a teacher accepted', async () => {
    const saved = await staff('PUT', '/api/loans/rules', { version: 0, rules: teachersOnlyStrings });
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(1);
    const read = await staff('GET', '/api/loans/rules');
    expect(read.body.version).toBe(1);
    expect(read.body.rules[0]).toEqual({
      family: 'strings',
      borrowers: ['teacher'],
      bufferDays: 2,
      kind: 'rental',
      feeCents: 4550,
      depositCents: 15000,
    });

    const refused = await pupil('POST', '/api/loans', { itemId: violin, startDate: start, endDate: end });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('not_allowed_to_borrow');
    const accepted = await teacher('POST', '/api/loans', { itemId: violin, startDate: start, endDate: end });
    expect(accepted.status).toBe(201);
    expect(accepted.body).toMatchObject({
      kind: 'rental',
      feeCents: 4550,
      depositCents: 15000,
      bufferDays: 2,
    });
    // A family the school no longer names is not lent at all.
    const brass = await teacher('POST', '/api/loans', {
      wanted: { family: 'brass', kind: 'Trompette' },
      startDate: start,
      endDate: end,
    });
    expect(brass.body.error.code).toBe('not_allowed_to_borrow');
  });

  it('lets one of staff saving at once win; the others are told the rules changed (409 loan_rules_stale)', async () => {
    const { version } = (await staff('GET', '/api/loans/rules')).body as { version: number };
    const saves = await Promise.all(
      [1, 2, 3, 4, 5].map((days) =>
        staff('PUT', '/api/loans/rules', {
          version,
          rules: [{ ...teachersOnlyStrings[0], bufferDays: days }],
        }),
      ),
    );
    const won = saves.filter(({ status }) => status === 200);
    expect(won).toHaveLength(1);
    const lost = saves.filter(({ status }) => status !== 200);
    expect(lost.map(({ status, body }) => [status, body.error.code])).toEqual(
      lost.map(() => [409, 'loan_rules_stale']),
    );
    const now = await staff('GET', '/api/loans/rules');
    expect(now.body.version).toBe(version + 1);
    expect(now.body.rules[0].bufferDays).toBe(won[0]?.body.rules[0].bufferDays);
  });

  it('records each change in the audit trail, without the rules themselves', async () => {
    const head = await school.as('direction.demo');
    const trail = await head('GET', '/api/audit?subject=loan-rules&action=loan-rules.changed');
    expect(trail.status).toBe(200);
    const entries = trail.body.items as { action: string; details: { version: number; rules: number } }[];
    expect(entries.map(({ details }) => details.version)).toEqual([2, 1]);
    expect(entries[1]?.details).toEqual({ version: 1, rules: 3 });
  });
});
