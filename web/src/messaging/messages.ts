import type { ApiErrorCode } from '#domain/error-codes';

/** School life's words in French, the first language of Préau; `en` mirrors them key by key. */
export const fr = {
  // Messages
  messaging: {
    title: 'Messagerie',
  },

  // The liaison book
  liaison: {
    title: 'Carnet de liaison',
  },

  // Work groups
  workGroups: {
    title: 'Groupes de travail',
  },

  // Notifications
  notifications: {
    title: 'Notifications',
  },

  /** The API's refusals that are school life's, by their code (`domain/error-codes.ts`), said after « : ». */
  messagingErrors: {
    // messages
    // liaison book
    liaison_no_guardians: 'aucun responsable n’est connu pour ces élèves',
    liaison_already_signed: 'ce mot est déjà signé',
    liaison_all_signed: 'tous les responsables ont déjà signé',
    liaison_reminded_today: 'une relance a déjà été envoyée aujourd’hui (une par jour au plus)',
    // work groups
    // notifications
  } satisfies Record<ApiErrorCode<'messaging'>, string>,
};

export const en = {
  // Messages
  messaging: {
    title: 'Messages',
  },

  // The liaison book
  liaison: {
    title: 'Liaison book',
  },

  // Work groups
  workGroups: {
    title: 'Work groups',
  },

  // Notifications
  notifications: {
    title: 'Notifications',
  },

  messagingErrors: {
    // messages
    // liaison book
    liaison_no_guardians: 'no guardian is known for these pupils',
    liaison_already_signed: 'this note is signed already',
    liaison_all_signed: 'every guardian has signed already',
    liaison_reminded_today: 'a reminder was sent today already (one a day at most)',
    // work groups
    // notifications
  },
} satisfies typeof fr;
