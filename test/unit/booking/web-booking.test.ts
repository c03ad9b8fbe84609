import { describe, expect, it } from 'vitest';
import { ApiError } from '#web/src/api';
import { bookingFailure, duration, limitsText, quotaText } from '#web/src/booking/booking-words';
import { defaultSlot } from '#web/src/booking/default-slot';
import { draftOf, draftProblems, fieldOfRefusal, newRuleDraft, ruleOf } from '#web/src/booking/rules-draft';
import { paths, routeOf } from '#web/src/routes';
import { createFormat } from '#web/src/shell/i18n/format';
import { chooseLocale } from '#web/src/shell/i18n/locale';

const french = createFormat(chooseLocale('fr-FR'), 'Europe/Paris');
const english = createFormat(chooseLocale('en-GB'), 'Europe/Paris');

describe('the booking pages’ addresses', () => {
  it('reads the student’s page, with or without a room named', () => {
    expect(routeOf('/reservations')).toEqual({ page: 'booking', placeId: '' });
    expect(routeOf('/reservations', '?salle=studio-3')).toEqual({ page: 'booking', placeId: 'studio-3' });
    expect(routeOf('/reservations/')).toEqual({ page: 'booking', placeId: '' });
  });

  it('reads the planners’ pages', () => {
    expect(routeOf('/reservations/demandes')).toEqual({ page: 'booking-requests' });
    expect(routeOf('/reservations/regles')).toEqual({ page: 'booking-rules' });
    expect(routeOf('/reservations/autre')).toEqual({ page: 'not-found' });
  });

  it('writes the addresses it reads back', () => {
    expect(paths.booking()).toBe('/reservations');
    expect(paths.booking('salle 1/b')).toBe('/reservations?salle=salle+1%2Fb');
    const [pathname, search] = paths.booking('salle 1/b').split('?');
    expect(routeOf(pathname as string, `?${search}`)).toEqual({ page: 'booking', placeId: 'salle 1/b' });
  });
});

describe('the limits of a booking in words', () => {
  it('says each limit as the student reads it', () => {
    expect(limitsText([{ code: 'hours', hoursPerWeek: 4 }], french)).toBe('au-delà de vos 4 h par semaine');
    expect(limitsText([{ code: 'horizon', daysAhead: 14 }], french)).toBe('plus de 14 jours à l’avance');
    expect(limitsText([{ code: 'window' }], french)).toBe('hors des horaires d’ouverture');
  });

  it('joins several limits as a sentence does', () => {
    expect(
      limitsText(
        [{ code: 'hours', hoursPerWeek: 1.5 }, { code: 'horizon', daysAhead: 7 }, { code: 'window' }],
        french,
      ),
    ).toBe('au-delà de vos 1 h 30 par semaine, plus de 7 jours à l’avance et hors des horaires d’ouverture');
    expect(limitsText([{ code: 'horizon', daysAhead: 14 }, { code: 'window' }], english)).toBe(
      'more than 14 days ahead and outside the opening times',
    );
  });

  it('says the longest booking and a rule’s approval', () => {
    expect(limitsText([{ code: 'length', maxMinutes: 90 }, { code: 'approval' }], french)).toBe(
      'plus long que 1 h 30 d’affilée et soumis à l’accord du service du planning',
    );
  });

  it('tells a planner the limits without speaking to them as the student', () => {
    const words = french.messages.booking.manage.limits;
    expect(limitsText([{ code: 'hours', hoursPerWeek: 4 }], french, words)).toBe(
      'au-delà des 4 h par semaine de son cursus',
    );
  });

  it('says lengths of time as a timetable does', () => {
    expect(duration(0, french)).toBe('0 min');
    expect(duration(45, french)).toBe('45 min');
    expect(duration(240, french)).toBe('4 h');
    expect(duration(90, french)).toBe('1 h 30');
    expect(duration(65, french)).toBe('1 h 05');
    expect(duration(65, english)).toBe('1 h 5 min');
  });

  it('shows the week’s quota, or what is booked when no rule limits it', () => {
    expect(quotaText({ monday: '2026-11-23', bookedMinutes: 90, allowedMinutes: 240 }, french)).toBe(
      'Vos réservations de la semaine : 1 h 30 sur 4 h',
    );
    expect(quotaText({ monday: '2026-11-23', bookedMinutes: 0, allowedMinutes: null }, french)).toBe(
      'Vos réservations de la semaine : 0 min',
    );
  });
});

describe('why a booking did not go through', () => {
  const refusal = (code: string) => new ApiError(403, 'English words', { code });

  it('says each refusal of the API in the student’s words', () => {
    expect(bookingFailure(refusal('room_kind'), french)).toEqual({
      kind: 'refused',
      reason: 'Votre cursus ne vous ouvre pas ce type de salle',
    });
    expect(bookingFailure(refusal('no_rights'), french)).toEqual({
      kind: 'refused',
      reason: 'Votre cursus ne vous donne aucun droit de réservation',
    });
    expect(bookingFailure(refusal('past_day'), french).kind).toBe('refused');
    expect(bookingFailure(refusal('not_bookable'), english)).toEqual({
      kind: 'refused',
      reason: 'This room is not open to bookings',
    });
    expect(bookingFailure(refusal('teacher_room_kind'), french)).toEqual({
      kind: 'refused',
      reason: 'Les règles des enseignants n’ouvrent pas ce type de salle',
    });
  });

  it('treats a refusal it does not know as no right, never in the API’s English', () => {
    expect(bookingFailure(refusal('forbidden'), french)).toEqual({
      kind: 'refused',
      reason: 'Votre cursus ne vous donne aucun droit de réservation',
    });
    expect(bookingFailure(refusal('toString'), french).kind).toBe('refused');
  });

  it('tells a room taken meanwhile apart from a failure', () => {
    expect(bookingFailure(new ApiError(409, 'taken', { code: 'conflicts' }), french)).toEqual({
      kind: 'taken',
    });
    expect(bookingFailure(new ApiError(500, ''), french)).toEqual({ kind: 'failed', reason: 'erreur 500' });
  });

  it('tells the student what they already have then, by its title and times only', () => {
    const clash = new ApiError(409, 'English words', {
      code: 'own_activity',
      details: {
        activity: { title: 'Formation musicale', date: '2026-11-24', start: '10:00', end: '11:00' },
      },
    });
    expect(bookingFailure(clash, french)).toEqual({
      kind: 'refused',
      reason: `vous avez déjà «\u00a0Formation musicale\u00a0» ${french.day('2026-11-24')}, ${french.timeSpan('10:00', '11:00')}`,
    });
    expect(bookingFailure(clash, english).kind).toBe('refused');
    expect(bookingFailure(new ApiError(409, '', { code: 'own_activity' }), french)).toEqual({
      kind: 'taken',
    });
    expect(bookingFailure(new ApiError(409, '', { code: 'hours_reached' }), french)).toEqual({
      kind: 'refused',
      reason: 'les heures de la semaine viennent d’être prises par vos autres réservations ; réessayez',
    });
  });
});

describe('the slot the booking form starts from', () => {
  it('is the next whole hour today, for an hour', () => {
    // 14:20 in Paris (winter, UTC+1).
    expect(defaultSlot('Europe/Paris', new Date('2026-11-23T13:20:00Z'))).toEqual({
      date: '2026-11-23',
      start: '15:00',
      end: '16:00',
    });
  });

  it('does not start before the school opens', () => {
    expect(defaultSlot('Europe/Paris', new Date('2026-11-23T05:10:00Z'))).toEqual({
      date: '2026-11-23',
      start: '08:00',
      end: '09:00',
    });
  });

  it('is tomorrow after classes once 20:00 has passed in the school’s time zone', () => {
    // 20:30 in Paris, still the 23rd in UTC.
    expect(defaultSlot('Europe/Paris', new Date('2026-11-23T19:30:00Z'))).toEqual({
      date: '2026-11-24',
      start: '17:00',
      end: '18:00',
    });
    expect(defaultSlot('Europe/Paris', new Date('2026-11-23T18:59:00Z')).date).toBe('2026-11-23');
  });
});

describe('the booking rules form', () => {
  const rule = {
    label: 'Studios de travail',
    levels: ['Cycle 1', 'Cycle 2'],
    placeKinds: ['practice-room' as const],
    hoursPerWeek: 4,
    daysAhead: 14,
    windows: [{ weekdays: [1, 2, 3, 4, 5, 6], from: '08:00', to: '21:00' }],
  };

  it('gives back the rule it was made from', () => {
    expect(ruleOf(draftOf(rule))).toEqual(rule);
  });

  it('reads levels one per line, hours with a decimal comma', () => {
    const draft = { ...draftOf(rule), levels: ' Cycle 1 \n\nCycle 3\n', hoursPerWeek: '2,5' };
    expect(ruleOf(draft)).toMatchObject({ levels: ['Cycle 1', 'Cycle 3'], hoursPerWeek: 2.5 });
  });

  it('finds nothing wrong with a sound rule', () => {
    expect(draftProblems([draftOf(rule)], french.messages)).toEqual({});
  });

  it('names each field at fault by the path the API uses', () => {
    const draft = {
      ...newRuleDraft('Nouvelle règle'),
      label: ' ',
      placeKinds: [],
      hoursPerWeek: '0',
      daysAhead: '1.5',
    };
    draft.windows = [
      { ...(draft.windows[0] as (typeof draft.windows)[number]) },
      { key: 'w', weekdays: [], from: '18:00', to: '09:00' },
    ];
    expect(draftProblems([draftOf(rule), draft], french.messages)).toEqual({
      'rules.1.label': 'Donnez un nom à la règle.',
      'rules.1.levels': 'Indiquez au moins un niveau.',
      'rules.1.placeKinds': 'Cochez au moins un type de salle.',
      'rules.1.hoursPerWeek': 'Entre 0 et 40 heures (plus que 0).',
      'rules.1.daysAhead': 'Un nombre entier de jours, de 0 à 120.',
      'rules.1.windows.1.weekdays': 'Cochez au moins un jour.',
      'rules.1.windows.1.to': 'La fin doit venir après le début.',
    });
  });

  it('keeps a teachers’ rule with no level, its longest booking and its approval', () => {
    const teachers = {
      label: 'Enseignants',
      audience: 'teachers' as const,
      levels: [],
      placeKinds: ['rehearsal-room' as const],
      hoursPerWeek: 6,
      maxMinutes: 120,
      daysAhead: 21,
      windows: [{ weekdays: [1, 2, 3, 4, 5], from: '08:00', to: '21:00' }],
      needsApproval: true,
    };
    expect(ruleOf(draftOf(teachers))).toEqual(teachers);
    expect(draftProblems([draftOf(teachers)], french.messages)).toEqual({});
    expect(ruleOf({ ...draftOf(teachers), maxMinutes: '', needsApproval: false })).not.toHaveProperty(
      'maxMinutes',
    );
    expect(draftProblems([{ ...draftOf(teachers), maxMinutes: '10' }], french.messages)).toEqual({
      'rules.0.maxMinutes': 'Un nombre entier de minutes, de 15 à 720, ou rien.',
    });
  });

  it('asks for at least one time window', () => {
    expect(draftProblems([{ ...draftOf(rule), windows: [] }], french.messages)).toEqual({
      'rules.0.windows': 'Ouvrez au moins un horaire.',
    });
  });

  it('shows a refusal of the API at the field that holds the value', () => {
    expect(fieldOfRefusal('rules.0.windows.1.to')).toBe('rules.0.windows.1.to');
    expect(fieldOfRefusal('rules.2.levels.0')).toBe('rules.2.levels');
    expect(fieldOfRefusal('rules.0.placeKinds.1')).toBe('rules.0.placeKinds');
    expect(fieldOfRefusal('rules.0.windows.0.weekdays.3')).toBe('rules.0.windows.0.weekdays');
  });
});
