import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoRecitalForm } from '#infra/local/seed/requests/demo-request-forms';
import { outboxEvents } from '../../support/outbox-events';
import { type SchoolUnderTest, startSchoolUnderTest } from '../../support/school-under-test';

type Request = SchoolUnderTest['request'];

/**
 * A planner defines a request form; a teacher submits it for the exam they take part in; the team in charge
 * follows it from state to state, and both sides write in its thread.
 */
describe('request forms, from definition to follow-up', () => {
  let school: SchoolUnderTest;
  let planner: Request;
  let teacher: Request;
  let staff: Request;
  let student: Request;
  let guardian: Request;
  let formId: string;
  let examId: string;
  let courseId: string;
  let requestId: string;
  const personIdOf = (username: string) =>
    school.demoAccounts.find((account) => account.username === username)?.personId as string;
  /** Submits the form defined below, for the exam unless another project is named. */
  const submit = (as: Request, answers: Record<string, unknown>, projectId = examId) =>
    as('POST', '/api/form-requests', { formId, projectId, answers });

  beforeAll(async () => {
    school = await startSchoolUnderTest({ kind: 'conservatoire' }, { signedInAs: 'planning.demo' });
    planner = school.request;
    teacher = await school.as('prof.demo');
    staff = await school.as('vie-scolaire.demo');
    student = await school.as('eleve.demo');
    guardian = await school.as('parent.demo');
    const exam = await planner('POST', '/api/projects', {
      kind: 'exam',
      name: 'Récital de fin de cycle',
      members: [{ personId: personIdOf('prof.demo'), role: 'professeur' }],
    });
    const course = await planner('POST', '/api/projects', {
      kind: 'course',
      name: 'Classe de piano',
      members: [{ personId: personIdOf('prof.demo'), role: 'professeur' }],
    });
    examId = exam.body.id;
    courseId = course.body.id;
  });
  afterAll(() => school?.stop());

  it('lets a planner define a form, naming the field that is wrong', async () => {
    const bad = await planner('POST', '/api/request-forms', {
      ...demoRecitalForm,
      fields: [...demoRecitalForm.fields, { id: 'salle', label: 'Salle', kind: 'choice', required: false }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe(`fields.${demoRecitalForm.fields.length}.options`);

    const defined = await planner('POST', '/api/request-forms', demoRecitalForm);
    expect(defined.status).toBe(201);
    expect(defined.body).toMatchObject({ title: demoRecitalForm.title, status: 'open', version: 1 });
    formId = defined.body.id;

    const refused = await teacher('POST', '/api/request-forms', demoRecitalForm);
    expect(refused.status).toBe(403);
    const offered = await teacher('GET', '/api/request-forms');
    expect(offered.body.items.map(({ id }: { id: string }) => id)).toEqual([formId]);
    expect((await teacher('GET', `/api/request-forms/${formId}`)).body.fields).toEqual(
      demoRecitalForm.fields,
    );
  });

  it('refuses a submission with an option the form does not offer, and stores nothing', async () => {
    const wrong = await submit(teacher, {
      'mise-en-place': 'Ensemble',
      instruments: ['Piano à queue', 'Orgue'],
      enregistrement: 'Audio',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error).toMatchObject({ field: 'answers.instruments' });
    const forCourse = await submit(teacher, { 'mise-en-place': 'Ensemble' }, courseId);
    expect(forCourse.status).toBe(400);
    expect(forCourse.body.error.field).toBe('projectId');
    expect((await teacher('GET', '/api/form-requests?mine=true')).body.items).toEqual([]);
  });

  it('answers a form sent empty with every required answer missing, in one 400', async () => {
    const empty = await submit(teacher, {});
    expect(empty.status).toBe(400);
    const required = demoRecitalForm.fields
      .filter((field) => field.required)
      .map(({ id }) => `answers.${id}`);
    expect(required.length).toBeGreaterThan(1);
    // The first is named as before, for clients that read one field; `errors` lists them all, each with its code.
    expect(empty.body.error).toMatchObject({ code: 'invalid_input', field: required[0] });
    expect(
      empty.body.error.errors.map(({ field, code }: { field: string; code: string }) => ({ field, code })),
    ).toEqual(required.map((field) => ({ field, code: 'required' })));
    expect((await teacher('GET', '/api/form-requests?mine=true')).body.items).toEqual([]);
  });

  it('lets a teacher of the exam submit it, and find it among their own', async () => {
    const submitted = await submit(teacher, {
      'mise-en-place': 'Avec accompagnateur',
      instruments: ['Piano à queue', 'Pupitres'],
      enregistrement: 'Audio et vidéo',
      lumiere: true,
    });
    expect(submitted.status).toBe(201);
    expect(submitted.body).toMatchObject({
      formTitle: demoRecitalForm.title,
      projectName: 'Récital de fin de cycle',
      submittedBy: { personId: personIdOf('prof.demo') },
      state: 'submitted',
      version: 1,
    });
    requestId = submitted.body.id;

    const mine = await teacher('GET', '/api/form-requests?mine=true');
    expect(mine.body.items).toMatchObject([{ id: requestId, state: 'submitted', commentCount: 0 }]);
  });

  it('keeps a student outside the project, and those who may not see it, away from it', async () => {
    const outsider = await submit(student, { 'mise-en-place': 'Récital seul' });
    expect(outsider.status).toBe(404);
    expect((await student('GET', `/api/form-requests/${requestId}`)).status).toBe(404);
    expect((await guardian('GET', `/api/form-requests/${requestId}`)).status).toBe(404);
    expect(
      (await student('POST', `/api/form-requests/${requestId}/comments`, { text: 'Coucou' })).status,
    ).toBe(404);
    expect((await teacher('GET', '/api/form-requests?state=submitted')).status).toBe(403);
    expect((await guardian('GET', '/api/request-forms')).status).toBe(403);
  });

  it('lets the team follow it: by state, by project, with a state change and a comment the teacher reads', async () => {
    const waiting = await staff('GET', '/api/form-requests?state=submitted');
    expect(waiting.body.items.map(({ id }: { id: string }) => id)).toContain(requestId);
    const ofExam = await staff('GET', `/api/form-requests?projectId=${examId}`);
    expect(ofExam.body.items).toMatchObject([{ id: requestId, projectId: examId }]);

    const moved = await staff('POST', `/api/form-requests/${requestId}/state`, {
      state: 'in-progress',
      comment: 'Le piano à queue est réservé ; pupitres à confirmer.',
      version: 1,
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ state: 'in-progress', version: 2 });
    expect((await staff('GET', '/api/form-requests?state=submitted')).body.items).toEqual([]);
    expect((await staff('GET', '/api/form-requests?state=in-progress')).body.items).toMatchObject([
      { id: requestId, commentCount: 1 },
    ]);

    const read = await teacher('GET', `/api/form-requests/${requestId}`);
    expect(read.body).toMatchObject({
      state: 'in-progress',
      answers: { 'mise-en-place': 'Avec accompagnateur', lumiere: true },
      comments: [{ text: 'Le piano à queue est réservé ; pupitres à confirmer.' }],
      history: [{ state: 'submitted' }, { state: 'in-progress' }],
    });
    const answered = await teacher('POST', `/api/form-requests/${requestId}/comments`, {
      text: 'Merci ! Six pupitres suffiront.',
    });
    expect(answered.status).toBe(201);
    expect(answered.body.comments.map(({ text }: { text: string }) => text)).toEqual([
      'Le piano à queue est réservé ; pupitres à confirmer.',
      'Merci ! Six pupitres suffiront.',
    ]);
    expect(
      (await teacher('POST', `/api/form-requests/${requestId}/state`, { state: 'done', version: 3 })).status,
    ).toBe(403);
  });

  it('refuses a change made on a stale version, and a refusal without a reason', async () => {
    const stale = await staff('POST', `/api/form-requests/${requestId}/state`, { state: 'done', version: 2 });
    expect(stale.status).toBe(412);
    expect(stale.body.error.code).toBe('stale_version');
    const unexplained = await staff('POST', `/api/form-requests/${requestId}/state`, {
      state: 'refused',
      version: 3,
    });
    expect(unexplained.status).toBe(400);
    expect(unexplained.body.error.field).toBe('comment');
    const same = await staff('POST', `/api/form-requests/${requestId}/state`, {
      state: 'in-progress',
      version: 3,
    });
    expect(same.body.error.field).toBe('state');
    expect((await teacher('GET', `/api/form-requests/${requestId}`)).body).toMatchObject({
      state: 'in-progress',
      version: 3,
    });

    const revised = await planner('PUT', `/api/request-forms/${formId}`, {
      ...demoRecitalForm,
      status: 'closed',
      version: 1,
    });
    expect(revised.body).toMatchObject({ status: 'closed', version: 2 });
    const staleForm = await planner('PUT', `/api/request-forms/${formId}`, {
      ...demoRecitalForm,
      status: 'open',
      version: 1,
    });
    expect(staleForm.status).toBe(412);
    expect((await teacher('GET', '/api/request-forms')).body.items).toEqual([]);
    expect((await planner('GET', '/api/request-forms?all=true')).body.items).toMatchObject([{ id: formId }]);
    const closed = await submit(teacher, { 'mise-en-place': 'Récital seul' });
    expect(closed.body.error.field).toBe('formId');
  });

  it('announces the submission and each change on the bus, with ids and states but no answers', async () => {
    const events = await outboxEvents(school, 'FormRequest');
    events.sort((a, b) => a.version - b.version);
    expect(events).toEqual([
      expect.objectContaining({ type: 'FormRequestSubmitted', requestId, state: 'submitted', version: 1 }),
      expect.objectContaining({
        type: 'FormRequestChanged',
        change: 'state',
        state: 'in-progress',
        version: 2,
      }),
      expect.objectContaining({
        type: 'FormRequestChanged',
        change: 'comment',
        state: 'in-progress',
        version: 3,
      }),
    ]);
    expect(events.every((event) => !('answers' in event))).toBe(true);
    expect(school.deadLetters).toEqual([]);
  });
});
