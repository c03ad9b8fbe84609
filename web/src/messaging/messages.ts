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
    // work groups
    group_full: 'le groupe est complet (250 membres au plus)',
    last_manager: 'un groupe garde au moins un responsable : nommez-en un autre d’abord',
    upload_missing: 'le fichier n’est pas arrivé : envoyez-le d’abord',
    upload_mismatch: 'le fichier reçu ne correspond pas à celui annoncé (type ou taille) ; il a été supprimé',
    mini_site_not_allowed: 'la page publique de ce groupe n’est pas autorisée par ses responsables',
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
    // work groups
    group_full: 'the group is full (250 members at most)',
    last_manager: 'a group keeps at least one manager: name another one first',
    upload_missing: 'the file has not arrived: upload it first',
    upload_mismatch: 'the file received differs from the one declared (type or size); it was deleted',
    mini_site_not_allowed: 'this group’s managers have not allowed a public page',
    // notifications
  },
} satisfies typeof fr;
