import type { ApiErrorCode } from '#domain/error-codes';

/** The roll call's words in French, the first language of Préau; `en` mirrors them key by key. */
export const fr = {
  attendance: {
    // H1 roll call
    title: 'Appel',
    intro: 'Vos cours du jour : touchez-en un pour faire l’appel.',
    notFound: 'Introuvable, ou vous n’y avez pas accès.',
    noCourses: 'Aucun cours aujourd’hui.',
    now: 'En cours',
    taken: 'Appel fait',
    notTaken: 'Appel à faire',
    takeRoll: 'Faire l’appel',
    allPresent: 'Tous présents par défaut : touchez un élève absent ou en retard.',
    present: 'Présent',
    absent: 'Absent',
    late: 'En retard',
    minutesLate: 'Minutes de retard',
    minutes: '{count} min',
    save: 'Enregistrer l’appel',
    saved: 'Appel enregistré.',
    takenBy: 'Fait par {name} à {time}',
    counts:
      '{absent, plural, =0 {aucun absent} one {# absent} other {# absents}}, {late, plural, =0 {aucun retard} one {# retard} other {# retards}}',
    pupils: '{count, plural, one {# élève} other {# élèves}}',
    stale: 'L’appel a été modifié entre-temps : voici la version enregistrée.',
    closed: 'La journée est passée : seule la vie scolaire peut modifier cet appel.',
    // Vie scolaire's live day
    day: 'Vie scolaire',
    dayOf: 'Journée du {date}',
    previousDay: 'Jour précédent',
    nextDay: 'Jour suivant',
    notTakenTitle: 'Appels non faits',
    notTakenIntro: 'Cours commencés depuis plus de 15 minutes sans appel.',
    allTaken: 'Tous les appels attendus sont faits.',
    reminded: 'Rappel envoyé',
    absencesByCourse: 'Absences par cours',
    absencesByPupil: 'Absences par élève',
    noAbsences: 'Aucune absence ni retard.',
    absentThenPresent: 'Absents puis présents',
    absentThenPresentIntro: 'Élèves absents à un cours et présents au suivant.',
    noneAbsentThenPresent: 'Aucun.',
    absentAt: 'absent à {title} ({time})',
    presentAt: 'présent à {title} ({time})',
    // H2 absences
  },
  attendanceErrors: {
    not_your_course: 'Seuls les professeurs de ce cours et la vie scolaire font son appel.',
    register_closed:
      'Le professeur fait l’appel le jour du cours ; ensuite, seule la vie scolaire peut le modifier.',
    not_a_pupil_of_session: 'Cet élève ne fait pas partie de ce cours.',
    late_needs_minutes: 'Indiquez les minutes de retard.',
    // H2 absences
    already_decided: 'Ce motif a déjà été accepté ou refusé.',
  } satisfies Record<ApiErrorCode<'attendance'>, string>,
};

export const en = {
  attendance: {
    // H1 roll call
    title: 'Roll call',
    intro: 'Your courses of the day: tap one to take its roll call.',
    notFound: 'Not found, or not yours to see.',
    noCourses: 'No course today.',
    now: 'Now',
    taken: 'Taken',
    notTaken: 'To take',
    takeRoll: 'Take the roll',
    allPresent: 'Everyone is present by default: tap a pupil who is absent or late.',
    present: 'Present',
    absent: 'Absent',
    late: 'Late',
    minutesLate: 'Minutes late',
    minutes: '{count} min',
    save: 'Save the roll call',
    saved: 'Roll call saved.',
    takenBy: 'Taken by {name} at {time}',
    counts:
      '{absent, plural, =0 {no one absent} one {# absent} other {# absent}}, {late, plural, =0 {no one late} one {# late} other {# late}}',
    pupils: '{count, plural, one {# pupil} other {# pupils}}',
    stale: 'The roll call changed meanwhile: here is the saved version.',
    closed: 'The day is over: only the school office may change this roll call.',
    day: 'School office',
    dayOf: 'Day of {date}',
    previousDay: 'Previous day',
    nextDay: 'Next day',
    notTakenTitle: 'Roll calls not taken',
    notTakenIntro: 'Courses started over 15 minutes ago with no roll call.',
    allTaken: 'Every roll call due is taken.',
    reminded: 'Reminder sent',
    absencesByCourse: 'Absences by course',
    absencesByPupil: 'Absences by pupil',
    noAbsences: 'No one absent or late.',
    absentThenPresent: 'Absent, then present',
    absentThenPresentIntro: 'Pupils absent from a course and present at the next.',
    noneAbsentThenPresent: 'None.',
    absentAt: 'absent from {title} ({time})',
    presentAt: 'present at {title} ({time})',
  },
  attendanceErrors: {
    not_your_course: 'Only the teachers of this course and the school office take its roll call.',
    register_closed:
      'A teacher takes the roll call on the day of the course; afterwards only the school office may change it.',
    not_a_pupil_of_session: 'This pupil is not in this course.',
    late_needs_minutes: 'Say how many minutes late.',
    already_decided: 'This reason was already accepted or refused.',
  },
} satisfies typeof fr;
