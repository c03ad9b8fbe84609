import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { elisionOf } from '#web/src/shell/i18n/elision';
import { createFormat } from '#web/src/shell/i18n/format';
import { chooseLocale } from '#web/src/shell/i18n/locale';
import { en, fr } from '#web/src/shell/i18n/messages';

const french = createFormat(chooseLocale('fr-FR'), 'Europe/Paris');
const english = createFormat(chooseLocale('en-GB'), 'Europe/Paris');

/** Every text of a dictionary with its path: `booking.confirmed`, `places.kinds.office`… */
const textsOf = (messages: object, at = ''): [string, string][] =>
  Object.entries(messages).flatMap(([key, value]): [string, string][] => {
    const path = at ? `${at}.${key}` : key;
    if (typeof value === 'string') return [[path, value]];
    return value && typeof value === 'object' ? textsOf(value, path) : [];
  });

describe('every message is an ICU message', () => {
  it.each([
    ['fr', fr],
    ['en', en],
  ])('every %s text parses as ICU', (_, messages) => {
    const unparsed = textsOf(messages).filter(([, text]) => {
      try {
        new IntlMessageFormat(text, messages.numberLocale, undefined, { ignoreTag: true });
        return false;
      } catch {
        return true;
      }
    });
    expect(unparsed).toEqual([]);
  });

  it('finds many messages to check', () => {
    expect(textsOf(fr).length).toBeGreaterThan(500);
  });
});

describe('French elides before a vowel or a mute h', () => {
  it.each([
    ['Anaïs David', 'vowel'],
    ['Élodie Martin', 'vowel'],
    ['Hélène Roy', 'vowel'],
    ['Yves Tan', 'vowel'],
    ['Œdipe', 'vowel'],
    ['« Orchestre »', 'vowel'],
    ['Paul Durand', 'consonant'],
    ['Yasmine Benali', 'consonant'],
    ['6e A', 'consonant'],
    ['', 'consonant'],
  ])('%s: %s', (word, elision) => {
    expect(elisionOf(word)).toBe(elision);
  });
});

describe('messages that read right', () => {
  it('adds a child’s planning « d’Anaïs », « de Paul »', () => {
    const texts = french.messages.sharing;
    expect(french.message(texts.addChild, { name: 'Anaïs David' })).toBe(
      'Ajouter le planning d’Anaïs David à mon agenda',
    );
    expect(french.message(texts.addChild, { name: 'Paul Durand' })).toBe(
      'Ajouter le planning de Paul Durand à mon agenda',
    );
    expect(english.message(english.messages.sharing.addChild, { name: 'Anaïs David' })).toBe(
      'Add Anaïs David’s planning to my calendar',
    );
  });

  it('elides in every « de {name} » of the portal', () => {
    expect(french.message(french.messages.home.dayOf, { name: 'Élodie' })).toBe('La journée d’Élodie');
    expect(french.message(french.messages.home.dayOf, { name: 'Jules' })).toBe('La journée de Jules');
    expect(french.message(french.messages.classPage.students, { label: 'Orchestre 1' })).toBe(
      'Élèves d’Orchestre 1',
    );
    expect(french.message(french.messages.classPage.students, { label: '6e A' })).toBe('Élèves de 6e A');
    expect(french.message(french.messages.booking.manage.refuseTitle, { student: 'Inès Roy' })).toBe(
      'Refuser la demande d’Inès Roy',
    );
    expect(french.message(french.messages.booking.manage.refused, { student: 'Hugo Petit' })).toBe(
      'Demande d’Hugo Petit refusée.',
    );
    expect(english.message(english.messages.booking.manage.refused, { student: 'Hugo Petit' })).toBe(
      'Hugo Petit’s request refused.',
    );
  });

  it('agrees with the gender of a place’s kind: a studio is « réservé », a room « réservée »', () => {
    const booked = (name: string, kind: string | undefined) =>
      french.message(french.messages.booking.confirmed, {
        name,
        gender: french.placeGender(kind),
        day: 'lundi 7 décembre',
        span: '14:00 – 15:00',
      });
    expect(booked('Studio 109', 'practice-room')).toBe(
      'Studio 109 est réservé pour vous, lundi 7 décembre, 14:00 – 15:00.',
    );
    expect(booked('Salle 12', 'classroom')).toBe(
      'Salle 12 est réservée pour vous, lundi 7 décembre, 14:00 – 15:00.',
    );
    expect(booked('Amphi Ravel', 'lecture-hall')).toContain('Amphi Ravel est réservé pour vous');
    expect(booked('Ailleurs', 'a-kind-to-come')).toContain('Ailleurs est réservé pour vous');
    expect(
      french.message(french.messages.booking.taken, {
        name: 'Salle 12',
        gender: french.placeGender('classroom'),
      }),
    ).toContain('Salle 12 vient d’être prise sur ce créneau.');
    expect(
      french.message(french.messages.booking.taken, {
        name: 'Studio 3',
        gender: french.placeGender('dance-studio'),
      }),
    ).toContain('Studio 3 vient d’être pris sur ce créneau.');
    expect(
      english.message(english.messages.booking.confirmed, {
        name: 'Studio 109',
        gender: english.placeGender('practice-room'),
        day: 'Monday 7 December',
        span: '14:00 – 15:00',
      }),
    ).toBe('Studio 109 is booked for you, Monday 7 December, 14:00 – 15:00.');
  });

  it('counts with ICU plurals, the number written as the locale does', () => {
    expect(french.message('{count, plural, one {# élève} other {# élèves}}', { count: 1 })).toBe('1 élève');
    expect(french.message('{count, plural, one {# élève} other {# élèves}}', { count: 1200 })).toBe(
      '1\u202f200 élèves',
    );
    expect(french.studentCount(1)).toBe('1 élève');
    expect(french.studentCount(0)).toBe('0 élève');
    expect(english.studentCount(1)).toBe('1 student');
  });

  it('keeps the simple `{x}` messages as they were', () => {
    expect(french.message(french.messages.loadError, { reason: 'le serveur ne répond pas' })).toBe(
      french.fill(french.messages.loadError, { reason: 'le serveur ne répond pas' }),
    );
  });
});
