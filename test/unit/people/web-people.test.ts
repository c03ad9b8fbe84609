import { describe, expect, it } from 'vitest';
import { profiles } from '#domain/identity/profile';
import { createApi } from '#web/src/api';
import { levelsOf, scopeOf } from '#web/src/identity/batch';
import { abilitiesOf } from '#web/src/people/abilities';
import { sortByLevel } from '#web/src/people/by-level';
import { sortByName } from '#web/src/people/by-name';
import type { ClassSummary } from '#web/src/people/person';
import { createFormat } from '#web/src/shell/i18n/format';
import { chooseLocale } from '#web/src/shell/i18n/locale';

const french = createFormat(chooseLocale('fr-FR'), 'Europe/Paris');
const english = createFormat(chooseLocale('en-GB'), 'Europe/Paris');

const classes: ClassSummary[] = [
  { classId: 'c-5a', label: '5e A', level: '5e' },
  { classId: 'c-6b', label: '6e B', level: '6e' },
  { classId: 'c-6a', label: '6e A', level: '6e' },
  { classId: 'c-3a', label: '3e A', level: '3e' },
];

describe('what each profile sees in the portal', () => {
  it('opens children to guardians, own classes to teachers, all classes to staff and administrators', () => {
    expect(abilitiesOf(['guardian'])).toEqual({
      seesOwnChildren: true,
      seesOwnClasses: false,
      seesAllClasses: false,
      makesActivationCodes: false,
      isStudent: false,
    });
    expect(abilitiesOf(['teacher']).seesOwnClasses).toBe(true);
    expect(abilitiesOf(['teacher']).seesAllClasses).toBe(false);
    for (const profile of ['staff', 'planner', 'school-admin'] as const) {
      expect(abilitiesOf([profile]).seesAllClasses, profile).toBe(true);
    }
    // The authority starts a school's administrators' accounts; the API lets it read none of the classes.
    expect(abilitiesOf(['authority-admin']).seesAllClasses).toBe(false);
    expect(abilitiesOf(['school-admin']).makesActivationCodes).toBe(true);
    expect(abilitiesOf(['authority-admin']).makesActivationCodes).toBe(true);
    expect(abilitiesOf(['staff', 'planner']).makesActivationCodes).toBe(false);
    expect(abilitiesOf(['student']).isStudent).toBe(true);
  });

  it('names every profile in French and in English', () => {
    expect(profiles.map(french.profile)).toEqual([
      'Élève',
      'Responsable légal·e',
      'Enseignant·e',
      'Personnel',
      'Planification',
      'Ventes et facturation',
      'Administration de l’établissement',
      'Administration académique',
    ]);
    expect(english.profile('guardian')).toBe('Parent or guardian');
    expect(french.profile('librarian')).toBe('librarian');
  });
});

describe('the words of people and classes', () => {
  it('writes a birth date as a day of the calendar, whatever the time zone', () => {
    expect(french.date('2014-03-01')).toBe('1er mars 2014');
    expect(english.date('2014-12-31')).toBe('31 December 2014');
    expect(french.date('le 1er mars')).toBe('le 1er mars');
  });

  it('writes an instant in the school’s time zone', () => {
    expect(french.instant('2026-09-30T22:00:00.000Z')).toBe('1er octobre 2026 à 00:00');
    expect(english.instant('2026-01-15T09:30:00.000Z')).toBe('15 January 2026 at 10:30');
  });

  it('counts students, accounts and letters', () => {
    expect(french.studentCount(1)).toBe('1 élève');
    expect(french.studentCount(28)).toBe('28 élèves');
    expect(french.accountCount(0)).toBe('0 compte');
    expect(english.letterCount(2)).toBe('2 letters');
  });

  it('fills the values of a message and leaves unknown ones alone', () => {
    expect(french.fill('Votre compte {username} est prêt.', { username: 'ines.martin' })).toBe(
      'Votre compte ines.martin est prêt.',
    );
    expect(french.fill('{a} et {b}', { a: 1 })).toBe('1 et {b}');
  });

  it('lists people by last name then first name, and classes by level then label', () => {
    const people = [
      { firstName: 'Zoé', lastName: 'Martin' },
      { firstName: 'Inès', lastName: 'Ébrard' },
      { firstName: 'Adam', lastName: 'Martin' },
    ];
    expect(sortByName(people, 'fr-FR').map(french.fullName)).toEqual([
      'Inès Ébrard',
      'Adam Martin',
      'Zoé Martin',
    ]);
    expect(sortByLevel(classes, 'fr-FR').map(({ label }) => label)).toEqual(['3e A', '5e A', '6e A', '6e B']);
  });
});

describe('the scopes of a batch of activation codes', () => {
  it('offers each level of the school once', () => {
    expect(levelsOf(classes, 'fr-FR')).toEqual(['3e', '5e', '6e']);
    expect(levelsOf([], 'fr-FR')).toEqual([]);
  });

  it('sends a scope only once a class or a level is picked', () => {
    expect(scopeOf({ kind: 'class', classId: '', level: '' })).toBeUndefined();
    expect(scopeOf({ kind: 'class', classId: 'c-6a', level: '' })).toEqual({
      scope: 'class',
      classId: 'c-6a',
    });
    expect(scopeOf({ kind: 'level', classId: 'c-6a', level: '' })).toBeUndefined();
    expect(scopeOf({ kind: 'level', classId: '', level: '6e' })).toEqual({ scope: 'level', level: '6e' });
    expect(scopeOf({ kind: 'not-activated', classId: 'c-6a', level: '6e' })).toEqual({
      scope: 'not-activated',
    });
    expect(scopeOf({ kind: 'school-admins', classId: '', level: '' })).toEqual({ scope: 'school-admins' });
  });
});

describe('the directory calls of the web app', () => {
  const recordingApi = (body: unknown) => {
    const sent: string[] = [];
    const api = createApi(async (path, init) => {
      const token = new Headers(init.headers).get('authorization');
      sent.push(
        `${init.method ?? 'GET'} ${path}${token ? ` (${token})` : ''}${init.body ? ` ${init.body}` : ''}`,
      );
      return path === '/api/session'
        ? Response.json({ accessToken: 't1', expiresIn: 900 })
        : Response.json(body);
    });
    return { api, sent };
  };

  it('reaches each resource at its address, with the token, ids escaped', async () => {
    const { api, sent } = recordingApi({ items: classes });
    await api.session.signIn('ines.martin', 'Clé-de-sol-2026');

    expect(await api.classes()).toEqual(classes);
    await api.classStudents('6e A');
    await api.person('p/1');
    await api.me();
    await api.createActivationBatch({ scope: 'level', level: '6e' });
    await api.allPlaces({});

    expect(sent.slice(1)).toEqual([
      'GET /api/classes (Bearer t1)',
      'GET /api/classes/6e%20A/students (Bearer t1)',
      'GET /api/people/p%2F1 (Bearer t1)',
      'GET /api/me (Bearer t1)',
      'POST /api/activation-batches (Bearer t1) {"scope":"level","level":"6e"}',
      'GET /api/places?status=active&limit=500 (Bearer t1)',
    ]);
  });
});
