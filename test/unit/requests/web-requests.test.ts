import { describe, expect, it } from 'vitest';
import { answerText } from '#web/src/requests/answer-text';
import { answersOf, emptyAnswers, isBlank, toggled } from '#web/src/requests/answers';
import { fieldIdOf, isFieldId } from '#web/src/requests/field-id';
import { bodyOf, draftOf, moved, newFieldDraft, relabelled } from '#web/src/requests/form-draft';
import { acceptsKind } from '#web/src/requests/project-choices';
import { answerInError, editorPlaceOf, invalidField } from '#web/src/requests/request-errors';
import type { FormField, RequestForm } from '#web/src/requests/request-types';
import { paths, routeOf } from '#web/src/routes';
import { ApiError } from '#web/src/shell/http/api-errors';
import { createFormat } from '#web/src/shell/i18n/format';
import { chooseLocale } from '#web/src/shell/i18n/locale';

const french = createFormat(chooseLocale('fr-FR'));

const fields: FormField[] = [
  { id: 'titre', label: 'Titre', kind: 'text', required: true },
  { id: 'remarques', label: 'Remarques', kind: 'long-text', required: false },
  { id: 'pupitres', label: 'Pupitres', kind: 'number', required: false },
  { id: 'jour', label: 'Jour', kind: 'date', required: false },
  { id: 'lumiere', label: 'Éclairage de scène', kind: 'yes-no', required: false },
  {
    id: 'mise-en-place',
    label: 'Mise en place',
    kind: 'choice',
    required: true,
    options: ['Seul', 'Ensemble'],
  },
  {
    id: 'instruments',
    label: 'Instruments',
    kind: 'choices',
    required: false,
    options: ['Piano à queue', 'Clavecin', 'Chaises'],
  },
];

const form: RequestForm = {
  id: 'f-1',
  title: 'Besoins techniques du récital d’examen',
  description: 'Ce qu’il faut sur scène.',
  projectKinds: ['exam'],
  fields,
  status: 'open',
  createdAt: '2026-11-01T10:00:00Z',
  updatedAt: '2026-11-01T10:00:00Z',
  version: 3,
};

describe('the addresses of the request pages', () => {
  it('reads each page from its French address', () => {
    expect(routeOf('/formulaires')).toEqual({ page: 'request-forms' });
    expect(routeOf('/formulaires/nouveau')).toEqual({ page: 'form-editor' });
    expect(routeOf('/formulaires/f-1/modifier')).toEqual({ page: 'form-editor', formId: 'f-1' });
    expect(routeOf('/formulaires/f-1', '?projet=p-9')).toEqual({
      page: 'fill-form',
      formId: 'f-1',
      projectId: 'p-9',
    });
    expect(routeOf('/formulaires/f-1')).toEqual({ page: 'fill-form', formId: 'f-1', projectId: '' });
    expect(routeOf('/demandes/r-7')).toEqual({ page: 'request', requestId: 'r-7' });
    expect(routeOf('/demandes')).toEqual({ page: 'not-found' });
    expect(routeOf('/formulaires/f-1/effacer')).toEqual({ page: 'not-found' });
  });

  it('writes addresses that read back as the same page, whatever the ids hold', () => {
    const odd = 'f/2 #1?';
    expect(routeOf(...split(paths.fillForm(odd, 'p 9&x')))).toEqual({
      page: 'fill-form',
      formId: odd,
      projectId: 'p 9&x',
    });
    expect(routeOf(...split(paths.editForm(odd)))).toEqual({ page: 'form-editor', formId: odd });
    expect(routeOf(...split(paths.request(odd)))).toEqual({ page: 'request', requestId: odd });
    expect(routeOf(paths.newForm)).toEqual({ page: 'form-editor' });
    expect(routeOf(paths.requestForms)).toEqual({ page: 'request-forms' });
  });
});

const split = (address: string): [string, string] => {
  const url = new URL(address, 'https://preau.test');
  return [url.pathname, url.search];
};

describe('the id of a field, made from its label', () => {
  it('keeps lower-case letters and digits, drops accents and joins words with hyphens', () => {
    expect(fieldIdOf('Mise en place')).toBe('mise-en-place');
    expect(fieldIdOf('Éclairage de scène ?')).toBe('eclairage-de-scene');
    expect(fieldIdOf('  Nombre d’œuvres (2e partie)  ')).toBe('nombre-d-oeuvres-2e-partie');
    expect(fieldIdOf('!!!')).toBe('champ');
  });

  it('stays within 40 characters, without a trailing hyphen, as the API wants it', () => {
    const id = fieldIdOf('Les instruments que le conservatoire doit fournir pour le récital');
    expect(id.length).toBeLessThanOrEqual(40);
    expect(id.endsWith('-')).toBe(false);
    expect(isFieldId(id)).toBe(true);
  });

  it('takes a number when the id is already taken in the form', () => {
    expect(fieldIdOf('Remarques', ['remarques'])).toBe('remarques-2');
    expect(fieldIdOf('Remarques', ['remarques', 'remarques-2'])).toBe('remarques-3');
    expect(fieldIdOf('x'.repeat(60), ['x'.repeat(40)])).toBe(`${'x'.repeat(38)}-2`);
  });
});

describe('the answers sent from the form', () => {
  it('starts blank: no text, nothing ticked, « non » for a yes-no', () => {
    const blank = emptyAnswers(fields);
    expect(blank).toEqual({
      titre: '',
      remarques: '',
      pupitres: '',
      jour: '',
      lumiere: false,
      'mise-en-place': '',
      instruments: [],
    });
    expect(answersOf(fields, blank)).toEqual({ lumiere: false });
    expect(isBlank(blank['mise-en-place'])).toBe(true);
    expect(isBlank(blank.lumiere)).toBe(false);
  });

  it('gives each kind the type the API takes, trimmed, in the order of the options', () => {
    const answers = answersOf(fields, {
      titre: '  Récital de Lou ',
      remarques: 'Deux micros\nun pupitre',
      pupitres: '2,5',
      jour: '2027-06-14',
      lumiere: true,
      'mise-en-place': 'Ensemble',
      instruments: toggled(toggled([], 'Chaises', true), 'Piano à queue', true),
    });
    expect(answers).toEqual({
      titre: 'Récital de Lou',
      remarques: 'Deux micros\nun pupitre',
      pupitres: 2.5,
      jour: '2027-06-14',
      lumiere: true,
      'mise-en-place': 'Ensemble',
      instruments: ['Piano à queue', 'Chaises'],
    });
  });

  it('leaves blank answers out, and sends a number it cannot read as typed so that the API names it', () => {
    expect(answersOf(fields, { titre: '   ', pupitres: 'douze', instruments: [] })).toEqual({
      lumiere: false,
      pupitres: 'douze',
    });
  });

  it('unticks an option of several', () => {
    expect(toggled(['Clavecin', 'Chaises'], 'Clavecin', false)).toEqual(['Chaises']);
    expect(toggled(['Clavecin'], 'Clavecin', true)).toEqual(['Clavecin']);
  });

  it('reads an answer back in words', () => {
    const [titre, , pupitres, jour, lumiere, , instruments] = fields as [FormField, ...FormField[]];
    expect(answerText(titre, 'Récital', french)).toBe('Récital');
    expect(answerText(titre, undefined, french)).toBe('Sans réponse');
    expect(answerText(pupitres as FormField, 2.5, french)).toBe('2,5');
    expect(answerText(jour as FormField, '2027-06-14', french)).toBe('14 juin 2027');
    expect(answerText(lumiere as FormField, false, french)).toBe('Non');
    expect(answerText(instruments as FormField, ['Clavecin', 'Chaises'], french)).toBe('Clavecin, Chaises');
  });
});

describe('where a refusal of the API goes in the page', () => {
  const invalid = (field: string, reason: string) =>
    new ApiError(400, `${field}: ${reason}`, { code: 'invalid_input', field });

  it('names the question of a refused answer', () => {
    const error = invalid('answers.mise-en-place', 'is required');
    expect(invalidField(error)).toBe('answers.mise-en-place');
    expect(answerInError(invalidField(error))).toBe('mise-en-place');
    expect(answerInError('projectId')).toBeUndefined();
    expect(invalidField(new ApiError(404, 'Not found', { code: 'not_found' }))).toBeUndefined();
  });

  it('names the control of the editor: a part of a field, or the form itself', () => {
    expect(editorPlaceOf('fields.2.options')).toEqual({ on: 'field', index: 2, part: 'options' });
    expect(editorPlaceOf('fields.2.options.1')).toEqual({ on: 'field', index: 2, part: 'options' });
    expect(editorPlaceOf('fields.1.id')).toEqual({ on: 'field', index: 1, part: 'id' });
    expect(editorPlaceOf('fields.0')).toEqual({ on: 'field', index: 0, part: 'label' });
    expect(editorPlaceOf('fields')).toEqual({ on: 'form', name: 'fields' });
    expect(editorPlaceOf('projectKinds.0')).toEqual({ on: 'form', name: 'projectKinds' });
    expect(editorPlaceOf('title')).toEqual({ on: 'form', name: 'title' });
    expect(editorPlaceOf('version')).toBeUndefined();
    expect(editorPlaceOf(undefined)).toBeUndefined();
  });
});

describe('the form editor’s draft', () => {
  it('sends what the definer wrote: trimmed, options one per line and only for choices', () => {
    const draft = draftOf(form);
    expect(bodyOf(draft)).toEqual({
      title: form.title,
      description: form.description,
      projectKinds: ['exam'],
      status: 'open',
      fields,
    });
    const [first] = draft.fields;
    if (!first) throw new Error('no field');
    const changed = {
      ...draft,
      fields: [{ ...first, kind: 'choice' as const, options: ' Oui \n\n Non \n', help: '  ' }],
    };
    expect(bodyOf(changed).fields).toEqual([
      { id: 'titre', label: 'Titre', kind: 'choice', required: true, options: ['Oui', 'Non'] },
    ]);
  });

  it('starts a new form open, for any project, with one blank question', () => {
    const draft = draftOf();
    expect(draft).toMatchObject({ title: '', projectKinds: [], status: 'open' });
    expect(draft.fields).toHaveLength(1);
  });

  it('makes the id of a new question from its label, until the definer writes one', () => {
    const existing = { ...newFieldDraft(), id: 'remarques', idEdited: true, label: 'Remarques' };
    const fresh = newFieldDraft();
    const named = relabelled([existing, fresh], fresh.key, 'Remarques');
    expect(named[1]?.id).toBe('remarques-2');
    const edited = relabelled([{ ...fresh, id: 'mon-id', idEdited: true }], fresh.key, 'Autre chose');
    expect(edited[0]).toMatchObject({ id: 'mon-id', label: 'Autre chose' });
    expect(relabelled(draftOf(form).fields, -1, 'x').map(({ id }) => id)).toEqual(fields.map(({ id }) => id));
  });

  it('moves a question up or down, and not past either end', () => {
    expect(moved(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moved(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('offers a form for the kinds it names, or for any project when it names none', () => {
    expect(acceptsKind(form, 'exam')).toBe(true);
    expect(acceptsKind(form, 'course')).toBe(false);
    expect(acceptsKind({ projectKinds: [] }, 'course')).toBe(true);
  });
});
