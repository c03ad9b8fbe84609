import { randomUUID } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AbsenceItem } from '#domain/attendance/register';
import { absenceCancelled, absenceRecorded } from '#events/attendance/attendance-events';
import { newEvent } from '#events/envelope';
import { attendanceKeys } from '#infra/definitions/school-table';
import { demoDirectory } from '#infra/local/seed/people/demo-people';
import { pdfPages } from '../../support/pdf-text';
import { type SchoolUnderTest, startSchoolUnderTest } from '../../support/school-under-test';

type Request = SchoolUnderTest['request'];

/**
 * Absences after the roll call, against DynamoDB Local through the handlers and the bus: guardians told once of
 * each child's absence, a reason declared over a span and decided once by vie scolaire, the counts in half-days,
 * the four-half-days flag, and nobody reading a child they are not related to.
 */
describe('absences: notified, justified, decided, counted', () => {
  let school: SchoolUnderTest;
  let guardian: Request;
  let staff: Request;
  let head: Request;
  let teacher: Request;
  let children: [string, string];
  let stranger: string;
  let classOfFirst: string;
  let firstNames: Map<string, string>;

  /** What a register saving absences writes (H1's take-register): the absence items, then its event. */
  const recordAbsences = async (
    pupilIds: string[],
    course: { date: string; start: string; end: string; kind?: 'absent' | 'late' },
  ) => {
    const activityId = `course-${randomUUID()}`;
    // Winter: Paris is UTC+1.
    const instant = (time: string) =>
      new Date(Date.parse(`${course.date}T${time}:00+01:00`)).toISOString().replace('.000Z', 'Z');
    const session = {
      registerId: `${activityId}#${course.date}`,
      activityId,
      seriesDate: course.date,
      startsAt: instant(course.start),
      endsAt: instant(course.end),
    };
    const kind = course.kind ?? 'absent';
    for (const pupilId of pupilIds) {
      const absence: AbsenceItem = {
        pupilId,
        ...session,
        title: 'Formation musicale',
        date: course.date,
        start: course.start,
        end: course.end,
        classIds: [],
        kind,
        ...(kind === 'late' && { minutes: 10 }),
        recordedBy: 'prof',
        recordedAt: new Date().toISOString(),
      };
      await school.documents.send(
        new PutCommand({
          TableName: school.tableName,
          Item: {
            ...attendanceKeys.absence(pupilId, { ...course, activityId, seriesDate: course.date }),
            ...absence,
          },
        }),
      );
    }
    const event = newEvent(
      absenceRecorded,
      { ...session, pupilIds, kind },
      { schoolId: school.school.id, newId: randomUUID, occurredAt: new Date().toISOString() },
    );
    return { event, session };
  };
  const put = (event: ReturnType<typeof newEvent>) =>
    school.putEvent({ source: event.source, detailType: event.detailType, detail: event.detail });
  const feedOf = async (as: Request) =>
    (await as('GET', '/api/notifications')).body.items as {
      subject: string;
      params: Record<string, string>;
      link: string;
    }[];

  beforeAll(async () => {
    school = await startSchoolUnderTest({}, { signedInAs: 'parent.demo' });
    guardian = school.request;
    staff = await school.as('vie-scolaire.demo');
    head = await school.as('direction.demo');
    teacher = await school.as('prof.demo');
    const directory = demoDirectory(school.school);
    const guardianId = school.demoAccounts.find(({ username }) => username === 'parent.demo')?.personId;
    const own = directory.guardianships.filter(([g]) => g === guardianId).map(([, c]) => c);
    children = [own[0] as string, own[1] as string];
    stranger = directory.people.find(
      (person) =>
        person.profiles.includes('student') &&
        !directory.guardianships.some(([g, c]) => g === guardianId && c === person.personId),
    )?.personId as string;
    classOfFirst = directory.people.find((person) => person.personId === children[0])?.classId as string;
    firstNames = new Map(directory.people.map((person) => [person.personId, person.firstName]));
  }, 180_000);
  afterAll(() => school?.stop());

  it('tells a guardian of each child’s absence once, each notification naming that child only', async () => {
    const { event } = await recordAbsences(children, { date: '2026-11-09', start: '08:00', end: '09:00' });
    put(event);
    put(event);
    put(event);
    await school.eventsDelivered();

    const absences = (await feedOf(guardian)).filter((item) => item.subject === 'absence-recorded');
    expect(absences).toHaveLength(2);
    expect(absences.map((item) => item.params.firstName).sort()).toEqual(
      children.map((id) => firstNames.get(id)).sort(),
    );
    for (const item of absences) {
      expect(item.params).toMatchObject({ date: '2026-11-09', start: '08:00' });
      expect(Object.keys(item.params).sort()).toEqual(['date', 'firstName', 'start']);
    }
    expect(absences.map((item) => item.link).sort()).toEqual(children.map((id) => `/absences/${id}`).sort());
  });

  it('tells the guardian of a correction when the pupil was present after all', async () => {
    const { session } = await recordAbsences([children[0]], {
      date: '2026-11-10',
      start: '14:00',
      end: '15:00',
    });
    const corrected = newEvent(
      absenceCancelled,
      { ...session, pupilIds: [children[0]], kind: 'absent' },
      { schoolId: school.school.id, newId: randomUUID, occurredAt: new Date().toISOString() },
    );
    put(corrected);
    await school.eventsDelivered();
    const corrections = (await feedOf(guardian)).filter((item) => item.subject === 'absence-cancelled');
    expect(corrections).toEqual([
      expect.objectContaining({
        params: { firstName: firstNames.get(children[0]), date: '2026-11-10', start: '14:00' },
      }),
    ]);
  });

  it('lets a guardian justify a span, vie scolaire accept it once, and the count follow', async () => {
    const child = children[0];
    // Absent Monday morning (two courses) and Monday afternoon: three courses, two half-days.
    await recordAbsences([child], { date: '2026-11-16', start: '08:00', end: '09:00' });
    await recordAbsences([child], { date: '2026-11-16', start: '10:00', end: '11:00' });
    await recordAbsences([child], { date: '2026-11-16', start: '14:00', end: '15:00' });
    const period = '?from=2026-11-16&to=2026-11-16';
    const before = await guardian('GET', `/api/attendance/pupils/${child}/absences${period}`);
    expect(before.status).toBe(200);
    expect(before.body.count).toMatchObject({ halfDays: 2, justified: 0, unjustified: 2 });

    const declared = await guardian('POST', `/api/attendance/pupils/${child}/justifications`, {
      from: '2026-11-16',
      to: '2026-11-16',
      reason: 'illness',
      note: 'Fièvre, certificat à suivre.',
    });
    expect(declared.status).toBe(201);
    expect(declared.body).toMatchObject({
      state: 'pending',
      version: 1,
      from: { half: 'am' },
      to: { half: 'pm' },
    });
    const { justificationId } = declared.body;

    const pending = await staff('GET', '/api/attendance/justifications');
    expect(pending.body.justifications).toEqual([
      expect.objectContaining({ justificationId, pupil: expect.objectContaining({ personId: child }) }),
    ]);
    const waiting = await guardian('GET', `/api/attendance/pupils/${child}/absences${period}`);
    expect(waiting.body.absences.map((absence: { standing: string }) => absence.standing)).toEqual([
      'pending',
      'pending',
      'pending',
    ]);

    // Two of the staff decide at once on the version they read: one decision holds.
    const decision = `/api/attendance/pupils/${child}/justifications/${justificationId}/decision`;
    const answers = await Promise.all([
      staff('PUT', decision, { decision: 'accepted', answer: 'Bon rétablissement.', version: 1 }),
      head('PUT', decision, { decision: 'refused', version: 1 }),
    ]);
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses[0]).toBe(200);
    expect([409, 412]).toContain(statuses[1]);
    const winner = answers.find((answer) => answer.status === 200)?.body;
    const again = await staff('PUT', decision, { decision: 'refused', version: 2 });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('already_decided');

    const after = await guardian('GET', `/api/attendance/pupils/${child}/absences${period}`);
    const justified = winner.state === 'accepted';
    expect(after.body.count).toMatchObject({
      halfDays: 2,
      justified: justified ? 2 : 0,
      unjustified: justified ? 0 : 2,
    });
    expect((await staff('GET', '/api/attendance/justifications')).body.justifications).toEqual([]);

    // The guardian hears of the decision.
    await school.eventsDelivered();
    const decided = (await feedOf(guardian)).filter((item) => item.subject.startsWith('justification-'));
    expect(decided).toEqual([
      expect.objectContaining({ subject: justified ? 'justification-accepted' : 'justification-refused' }),
    ]);

    // The school's audit trail: the reason declared by the guardian, then decided by whoever won, under the pupil.
    const trail = await head('GET', `/api/audit?subject=${child}`);
    expect(trail.status).toBe(200);
    const entries = (trail.body.items as { action: string; actor: { id: string }; details: object }[]).filter(
      ({ action }) => action.startsWith('justification.'),
    );
    const guardianId = school.demoAccounts.find(({ username }) => username === 'parent.demo')?.personId;
    expect(entries.map(({ action, actor }) => [action, actor.id])).toEqual([
      [justified ? 'justification.accepted' : 'justification.refused', winner.decidedBy],
      ['justification.declared', guardianId],
    ]);
    expect(entries[1]?.details).toEqual({
      justification: justificationId,
      span: '2026-11-16 am – 2026-11-16 pm',
    });
    expect(JSON.stringify(entries)).not.toContain('Fièvre');
  });

  it('joins a document to a reason: checked, kept, downloaded by its declarer and vie scolaire only', async () => {
    const child = children[1];
    const pdf = '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n% Certificat médical\n';
    const upload = async (form: { url: string; fields: Record<string, string> }, content: string) => {
      const body = new FormData();
      for (const [field, value] of Object.entries(form.fields)) body.append(field, value);
      body.append('file', new Blob([content], { type: form.fields['Content-Type'] }), 'file');
      expect((await fetch(form.url, { method: 'POST', body })).status).toBeLessThan(300);
    };
    const attach = async (as: Request, name: string, content: string, contentType = 'application/pdf') => {
      const declared = await as('POST', '/api/attendance/justification-documents', {
        name,
        contentType,
        size: Buffer.byteLength(content),
      });
      expect(declared.status).toBe(201);
      await upload(declared.body.upload, content);
      return declared.body.document.id as string;
    };
    const declare = (documentId: string) =>
      guardian('POST', `/api/attendance/pupils/${child}/justifications`, {
        from: '2026-11-23',
        to: '2026-11-24',
        reason: 'illness',
        documentId,
      });

    // Only PDFs and photos, 10 MB at most; a program renamed .pdf is refused by its first bytes.
    const program = await guardian('POST', '/api/attendance/justification-documents', {
      name: 'a.exe',
      contentType: 'application/x-msdownload',
      size: 10,
    });
    expect(program.status).toBe(400);
    const disguised = await attach(guardian, 'certificat.pdf', 'MZ\x90\x00 not a pdf at all');
    const mismatch = await declare(disguised);
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.error.errors).toMatchObject([{ field: 'documentId', code: 'upload_mismatch' }]);
    // Someone else's upload is nobody's to the guardian.
    const staffs = await attach(staff, 'note.pdf', pdf);
    const others = await declare(staffs);
    expect(others.status).toBe(400);
    expect(others.body.error.errors).toMatchObject([{ field: 'documentId', code: 'document_unknown' }]);

    const documentId = await attach(guardian, 'Certificat médical.pdf', pdf);
    const declared = await declare(documentId);
    expect(declared.status).toBe(201);
    expect(declared.body.document).toMatchObject({
      id: documentId,
      name: 'Certificat médical.pdf',
      size: Buffer.byteLength(pdf),
    });
    // Taken once: the same upload cannot go with a second reason.
    const again = await declare(documentId);
    expect(again.status).toBe(400);
    expect(again.body.error.errors).toMatchObject([{ field: 'documentId', code: 'document_unknown' }]);

    const path = `/api/attendance/pupils/${child}/justifications/${declared.body.justificationId}/document`;
    for (const reader of [guardian, staff]) {
      const link = await reader('GET', path);
      expect(link.status).toBe(200);
      const file = await fetch(link.body.url);
      expect(file.status).toBe(200);
      expect(await file.text()).toBe(pdf);
    }
    // The pupil's teacher reads where the reason stands, not its document; to them it does not exist.
    const toTeacher = await teacher('GET', path);
    expect(toTeacher.status).toBe(404);
    const pending = await staff('GET', '/api/attendance/justifications');
    expect(pending.body.justifications).toContainEqual(
      expect.objectContaining({ document: expect.objectContaining({ id: documentId }) }),
    );

    const trail = await head('GET', `/api/audit?subject=${child}&action=justification.declared`);
    expect(trail.body.items[0].details).toMatchObject({ document: 'yes' });
  });

  it('covers an absence recorded after the reason was accepted', async () => {
    const child = children[1];
    const declared = await guardian('POST', `/api/attendance/pupils/${child}/justifications`, {
      from: '2026-11-23',
      to: '2026-11-24',
      toHalf: 'am',
      reason: 'family',
    });
    const path = `/api/attendance/pupils/${child}/justifications/${declared.body.justificationId}/decision`;
    expect((await staff('PUT', path, { decision: 'accepted', version: 1 })).status).toBe(200);
    await recordAbsences([child], { date: '2026-11-24', start: '09:00', end: '10:00' });
    await recordAbsences([child], { date: '2026-11-24', start: '15:00', end: '16:00' });
    const read = await guardian(
      'GET',
      `/api/attendance/pupils/${child}/absences?from=2026-11-23&to=2026-11-24`,
    );
    expect(read.body.count).toMatchObject({ halfDays: 2, justified: 1, unjustified: 1 });
  });

  it('reads a period in one key range: a reason begun before it counts, an absence before it does not', async () => {
    const child = children[1];
    const declared = await guardian('POST', `/api/attendance/pupils/${child}/justifications`, {
      from: '2026-10-06',
      to: '2026-10-08',
      reason: 'illness',
    });
    const path = `/api/attendance/pupils/${child}/justifications/${declared.body.justificationId}/decision`;
    expect((await staff('PUT', path, { decision: 'accepted', version: 1 })).status).toBe(200);
    await recordAbsences([child], { date: '2026-10-06', start: '08:00', end: '09:00' });
    await recordAbsences([child], { date: '2026-10-07', start: '08:00', end: '09:00' });
    const read = await guardian(
      'GET',
      `/api/attendance/pupils/${child}/absences?from=2026-10-07&to=2026-10-07`,
    );
    expect(read.body.absences.map((absence: { date: string }) => absence.date)).toEqual(['2026-10-07']);
    expect(read.body.count).toMatchObject({ halfDays: 1, justified: 1, unjustified: 0 });
    expect(read.body.justifications.map((each: { justificationId: string }) => each.justificationId)).toEqual(
      [declared.body.justificationId],
    );
  });

  it('flags a pupil at four unjustified half-days in a month, once, and tells vie scolaire', async () => {
    const child = children[1];
    const days = ['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04'];
    const events = [];
    for (const date of days)
      events.push((await recordAbsences([child], { date, start: '08:00', end: '09:00' })).event);
    for (const event of [...events, ...events]) put(event);
    await school.eventsDelivered();

    const flagged = await staff('GET', '/api/attendance/flagged?month=2026-12');
    expect(flagged.body.pupils).toEqual([
      expect.objectContaining({ pupil: expect.objectContaining({ personId: child }), count: 4 }),
    ]);
    const told = (await feedOf(staff)).filter((item) => item.subject === 'absences-flagged');
    expect(told).toHaveLength(1);
    expect(told[0]?.params).toMatchObject({ count: '4', month: '2026-12' });
    // A guardian never reads the flags.
    expect((await guardian('GET', '/api/attendance/flagged?month=2026-12')).status).toBe(403);
  });

  it('shows a teacher where a reason stands, never what the family wrote', async () => {
    const taught = await teacher(
      'GET',
      `/api/attendance/pupils/${children[0]}/absences?from=2026-11-16&to=2026-11-16`,
    );
    // The demo teacher teaches the class of the demo guardian's children.
    expect(taught.status).toBe(200);
    expect(taught.body.justifications).toEqual([expect.objectContaining({ reason: 'illness', note: '' })]);
    expect(taught.body.justifications[0]).not.toHaveProperty('answer');
    const own = await guardian(
      'GET',
      `/api/attendance/pupils/${children[0]}/absences?from=2026-11-16&to=2026-11-16`,
    );
    expect(own.body.justifications[0].note).toBe('Fièvre, certificat à suivre.');
  });

  it('counts a class for its teachers and staff, and exports it for French Excel', async () => {
    const counts = await staff(
      'GET',
      `/api/attendance/classes/${classOfFirst}/counts?from=2026-11-01&to=2026-11-30`,
    );
    expect(counts.status).toBe(200);
    const row = counts.body.pupils.find(
      (each: { pupil: { personId: string } }) => each.pupil.personId === children[0],
    );
    expect(row.count.halfDays).toBeGreaterThanOrEqual(4);
    expect(counts.body.total.halfDays).toBeGreaterThanOrEqual(row.count.halfDays);

    const csv = await fetch(
      `${school.url}/api/attendance/export?classId=${classOfFirst}&from=2026-11-01&to=2026-11-30`,
      { headers: { authorization: `Bearer ${await school.signIn('vie-scolaire.demo')}` } },
    );
    expect(csv.status).toBe(200);
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.split('\r\n')[0]).toContain('Classe;Nom;Prénom;Date;Demi-journée');
    expect(text).toContain('16/11/2026;Matin;08:00;09:00');
    expect(
      (await teacher('GET', `/api/attendance/export?classId=${classOfFirst}&from=2026-11-01&to=2026-11-30`))
        .status,
    ).toBe(403);
  });

  it('hides a child from a guardian who is not theirs, and refuses a reason for them', async () => {
    const read = await guardian('GET', `/api/attendance/pupils/${stranger}/absences`);
    expect(read.status).toBe(404);
    const declared = await guardian('POST', `/api/attendance/pupils/${stranger}/justifications`, {
      from: '2026-11-16',
      to: '2026-11-16',
      reason: 'illness',
    });
    expect(declared.status).toBe(404);
    const bad = await guardian('POST', `/api/attendance/pupils/${children[0]}/justifications`, {
      from: '2026-11-17',
      to: '2026-11-16',
      reason: 'illness',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('to');
  });

  it('prints a course session’s register as a signed attendance sheet', async () => {
    const planner = await school.as('planning.demo');
    const directory = demoDirectory(school.school);
    const teacherId = school.demoAccounts.find(({ username }) => username === 'prof.demo')
      ?.personId as string;
    const project = await planner('POST', '/api/projects', {
      kind: 'course',
      name: 'Formation musicale 1C',
      members: [{ personId: teacherId, role: 'professeur' }],
      classIds: [classOfFirst],
    });
    const planned = await planner('POST', `/api/projects/${project.body.id}/activities`, {
      title: 'Formation musicale',
      schedule: { kind: 'once', date: '2026-11-18', start: '14:00', end: '15:00' },
      personIds: [teacherId],
      classIds: [classOfFirst],
      acceptConflicts: true,
    });
    const activityId = planned.body.activity.id as string;
    const taken = await staff('PUT', `/api/attendance/registers/${activityId}/2026-11-18`, {
      marks: [{ personId: children[0], mark: 'absent' }],
    });
    expect(taken.status).toBe(200);

    const pdf = await fetch(`${school.url}/api/attendance/registers/${activityId}/2026-11-18/pdf`, {
      headers: { authorization: `Bearer ${await school.signIn('vie-scolaire.demo')}` },
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toContain('application/pdf');
    const text = (await pdfPages(new Uint8Array(await pdf.arrayBuffer()))).join(' ');
    const child = directory.people.find((person) => person.personId === children[0]);
    expect(text).toContain('Feuille d’appel : Formation musicale');
    expect(text).toMatch(/Absents \(1\)/);
    expect(text).toContain(`${child?.lastName.toUpperCase()} ${child?.firstName}`);
    expect(text).toMatch(/Appel fait et signé par .* \(version 1\)/);
    expect((await guardian('GET', `/api/attendance/registers/${activityId}/2026-11-18/pdf`)).status).toBe(
      404,
    );
  });
});
