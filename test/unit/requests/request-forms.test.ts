import { describe, expect, it } from 'vitest';
import type { Actor } from '#domain/identity/actor';
import { moveRequest } from '#domain/requests/change-request-state';
import { checkAnswers } from '#domain/requests/check-answers';
import { addComment } from '#domain/requests/comment-on-request';
import { mayFollow } from '#domain/requests/follow-request';
import type { FormRequest } from '#domain/requests/form-request';
import { type FormField, newFormSchema, servesKind } from '#domain/requests/request-form';
import { selectionOf } from '#domain/requests/request-input';
import { ValidationError } from '#domain/shared/errors';
import { parseWith } from '#functions/lib/validation';
import { demoRecitalForm, demoRequestForms } from '#infra/local/seed/requests/demo-request-forms';

/** The demo recital form, with a field of each kind it does not ask and a required yes-no. */
const fields: FormField[] = [
  ...demoRecitalForm.fields,
  { id: 'musiciens', label: 'Nombre de musiciens', kind: 'number', required: false },
  { id: 'repetition', label: 'Date de la répétition', kind: 'date', required: false },
  { id: 'titre', label: 'Titre du programme', kind: 'text', required: false },
  { id: 'public', label: 'Ouvert au public', kind: 'yes-no', required: true },
];

const field = (id: string) => fields.find((candidate) => candidate.id === id) as FormField;

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return { field: error.field, reason: error.reason };
    throw error;
  }
  throw new Error('expected a ValidationError');
};

const person = (personId: string, ...profiles: Actor['profiles']): Actor => ({
  personId,
  username: personId,
  firstName: personId,
  lastName: 'Test',
  profiles,
});

describe('defining a request form', () => {
  const form = (formFields: unknown[]) => ({ title: 'Besoins techniques', fields: formFields });

  it('accepts a form and fills in what may be left out', () => {
    const parsed = parseWith(newFormSchema, form(fields), '');
    expect(parsed).toMatchObject({ description: '', projectKinds: [], status: 'open' });
    expect(parsed.fields).toHaveLength(fields.length);
  });

  it('names the field that is wrong: a choice without options, two fields with one id, a bad id', () => {
    const choiceWithout = form([
      field('public'),
      field('titre'),
      { id: 'salle', label: 'Salle', kind: 'choice' },
    ]);
    expect(refusal(() => parseWith(newFormSchema, choiceWithout, ''))).toMatchObject({
      field: 'fields.2.options',
    });
    expect(refusal(() => parseWith(newFormSchema, form([field('public'), field('public')]), ''))).toEqual({
      field: 'fields.1.id',
      reason: 'is the id of another field of this form',
    });
    expect(
      refusal(() => parseWith(newFormSchema, form([{ ...field('public'), id: 'Éclairage' }]), '')),
    ).toMatchObject({ field: 'fields.0.id' });
    const oneOption = form([{ ...field('mise-en-place'), options: ['Seul'] }]);
    expect(refusal(() => parseWith(newFormSchema, oneOption, ''))).toEqual({
      field: 'fields.0.options',
      reason: 'must offer at least 2 options',
    });
    const optionsOnText = form([{ ...field('titre'), options: ['a', 'b'] }]);
    expect(refusal(() => parseWith(newFormSchema, optionsOnText, ''))).toMatchObject({
      field: 'fields.0.options',
    });
    expect(refusal(() => parseWith(newFormSchema, form([]), ''))).toMatchObject({ field: 'fields' });
  });

  it('serves the kinds of projects it names, or all when it names none', () => {
    expect(servesKind({ projectKinds: ['exam'] }, 'exam')).toBe(true);
    expect(servesKind({ projectKinds: ['exam'] }, 'course')).toBe(false);
    expect(servesKind({ projectKinds: [] }, 'course')).toBe(true);
  });
});

describe('checking the answers of a submission', () => {
  const required = { 'mise-en-place': 'Ensemble', enregistrement: 'Audio', public: false };

  it('keeps answers of every kind, trimmed, and leaves unanswered optional fields out', () => {
    expect(
      checkAnswers(fields, {
        ...required,
        instruments: ['Piano à queue', 'Pupitres'],
        musiciens: 4,
        repetition: '2027-06-10',
        titre: '  Sonates  ',
        remarques: '',
      }),
    ).toEqual({
      'mise-en-place': 'Ensemble',
      enregistrement: 'Audio',
      public: false,
      instruments: ['Piano à queue', 'Pupitres'],
      musiciens: 4,
      repetition: '2027-06-10',
      titre: 'Sonates',
    });
  });

  it('requires the required fields: a no is an answer, an empty choice is none', () => {
    expect(checkAnswers(fields, required).public).toBe(false);
    expect(refusal(() => checkAnswers(fields, { public: true }))).toEqual({
      field: 'answers.mise-en-place',
      reason: 'is required',
    });
    expect(refusal(() => checkAnswers(fields, { ...required, 'mise-en-place': '  ' }))).toMatchObject({
      field: 'answers.mise-en-place',
    });
    expect(
      refusal(() => checkAnswers(fields, { 'mise-en-place': 'Ensemble', enregistrement: 'Aucun' })),
    ).toMatchObject({
      field: 'answers.public',
    });
  });

  it('names every faulty answer at once: each required field left empty, and each answer of the wrong kind', () => {
    const problems = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        if (error instanceof ValidationError)
          return error.problems.map(({ field, code }) => ({ field, code }));
        throw error;
      }
      throw new Error('expected a ValidationError');
    };
    const requiredIds = fields.filter((each) => each.required).map(({ id }) => id);
    expect(requiredIds.length).toBeGreaterThan(1);
    expect(problems(() => checkAnswers(fields, {}))).toEqual(
      requiredIds.map((id) => ({ field: `answers.${id}`, code: 'required' })),
    );
    expect(
      problems(() => checkAnswers(fields, { ...required, musiciens: '4', titre: 'x'.repeat(301), bis: 1 })),
    ).toEqual([
      { field: 'answers.bis', code: 'unknown_field' },
      { field: 'answers.musiciens', code: 'wrong_type' },
      { field: 'answers.titre', code: 'too_long' },
    ]);
  });

  it('refuses an option the field does not offer, in a choice or a list of choices', () => {
    expect(refusal(() => checkAnswers(fields, { ...required, 'mise-en-place': 'Duo' }))).toEqual({
      field: 'answers.mise-en-place',
      reason: 'offers no option « Duo »',
    });
    expect(
      refusal(() => checkAnswers(fields, { ...required, instruments: ['Piano à queue', 'Orgue'] })),
    ).toEqual({ field: 'answers.instruments', reason: 'offers no option « Orgue »' });
    expect(refusal(() => checkAnswers(fields, { ...required, instruments: 'Clavecin' }))).toMatchObject({
      field: 'answers.instruments',
    });
    expect(
      refusal(() => checkAnswers(fields, { ...required, instruments: ['Clavecin', 'Clavecin'] })),
    ).toMatchObject({ field: 'answers.instruments', reason: 'names an option twice' });
  });

  it('refuses an answer of the wrong type for each kind of field', () => {
    const wrong: [string, unknown][] = [
      ['musiciens', '4'],
      ['musiciens', Number.NaN],
      ['repetition', '10/06/2027'],
      ['repetition', '2027-02-30'],
      ['lumiere', 'oui'],
      ['titre', 12],
      ['titre', 'x'.repeat(301)],
      ['remarques', 'x'.repeat(2001)],
      ['mise-en-place', ['Ensemble']],
    ];
    for (const [fieldId, answer] of wrong) {
      expect(refusal(() => checkAnswers(fields, { ...required, [fieldId]: answer })).field).toBe(
        `answers.${fieldId}`,
      );
    }
  });

  it('refuses an answer to a field the form does not have', () => {
    expect(refusal(() => checkAnswers(fields, { ...required, couleur: 'bleu' }))).toEqual({
      field: 'answers.couleur',
      reason: 'is not a field of this form',
    });
  });
});

describe('following a request', () => {
  const teacher = person('prof', 'teacher');
  const staff = person('vs', 'staff');
  const submitted: FormRequest = {
    id: 'r1',
    formId: 'f1',
    formTitle: 'Besoins techniques',
    fields,
    projectId: 'p1',
    projectName: 'Récital',
    submittedBy: { personId: 'prof', name: 'prof Test' },
    answers: { 'mise-en-place': 'Ensemble', lumiere: true },
    state: 'submitted',
    comments: [],
    history: [
      { state: 'submitted', by: { personId: 'prof', name: 'prof Test' }, at: '2026-11-23T09:00:00Z' },
    ],
    submittedAt: '2026-11-23T09:00:00Z',
    updatedAt: '2026-11-23T09:00:00Z',
    version: 1,
  };
  const context = { now: '2026-11-23T10:00:00Z', newId: () => crypto.randomUUID() };

  it('moves to another state with who and when in the history, and the comment in the thread', () => {
    const moved = moveRequest(submitted, { state: 'in-progress', comment: 'Piano réservé' }, staff, context);
    expect(moved).toMatchObject({ state: 'in-progress', version: 2, updatedAt: context.now });
    expect(moved.history.at(-1)).toEqual({
      state: 'in-progress',
      by: { personId: 'vs', name: 'vs Test' },
      at: context.now,
    });
    expect(moved.comments).toEqual([
      {
        id: expect.any(String),
        by: { personId: 'vs', name: 'vs Test' },
        at: context.now,
        text: 'Piano réservé',
      },
    ]);
    const done = moveRequest(moved, { state: 'done' }, staff, context);
    expect(moveRequest(done, { state: 'in-progress' }, staff, context).state).toBe('in-progress');
  });

  it('refuses to move a request to the state it is in, and to refuse one without saying why', () => {
    expect(refusal(() => moveRequest(submitted, { state: 'submitted' }, staff, context))).toMatchObject({
      field: 'state',
    });
    expect(refusal(() => moveRequest(submitted, { state: 'refused' }, staff, context))).toEqual({
      field: 'comment',
      reason: 'is required to refuse a request: say why',
    });
    expect(
      moveRequest(submitted, { state: 'refused', comment: 'Salle indisponible' }, staff, context),
    ).toMatchObject({ state: 'refused', comments: [{ text: 'Salle indisponible' }] });
  });

  it('adds a comment with its author, and bounds the thread', () => {
    const commented = addComment(submitted, 'Merci !', teacher, context);
    expect(commented).toMatchObject({
      version: 2,
      comments: [{ text: 'Merci !', by: { personId: 'prof' } }],
    });
    const full = { ...submitted, comments: Array.from({ length: 50 }, () => commented.comments[0]) };
    expect(refusal(() => addComment(full as FormRequest, 'Encore', teacher, context))).toMatchObject({
      field: 'text',
    });
  });

  it('is for its submitter and the team in charge only', () => {
    expect(mayFollow(submitted, teacher)).toBe(true);
    expect(mayFollow(submitted, staff)).toBe(true);
    expect(mayFollow(submitted, person('planning', 'planner'))).toBe(true);
    expect(mayFollow(submitted, person('other', 'teacher'))).toBe(false);
    expect(mayFollow(submitted, person('eleve', 'student'))).toBe(false);
  });

  it('lists by exactly one selection', () => {
    expect(selectionOf({ mine: 'true' }, 'prof')).toEqual({ submittedBy: 'prof' });
    expect(selectionOf({ state: 'done' }, 'prof')).toEqual({ state: 'done' });
    expect(selectionOf({ projectId: 'p1' }, 'prof')).toEqual({ projectId: 'p1' });
    expect(refusal(() => selectionOf({}, 'prof'))).toMatchObject({ field: 'query' });
    expect(refusal(() => selectionOf({ mine: 'true', state: 'done' }, 'prof'))).toMatchObject({
      field: 'query',
    });
  });
});

describe('the demo request forms', () => {
  it('hold only forms the API itself would accept', () => {
    for (const { id, createdAt, updatedAt, version, ...input } of demoRequestForms()) {
      expect(newFormSchema.safeParse(input).success, input.title).toBe(true);
    }
  });
});
