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
    recipients_not_allowed: 'vous ne pouvez pas écrire à ces destinataires',
    no_recipients: 'ces listes ne comptent personne à qui écrire aujourd’hui',
    // messages: who may write to whom, and safety
    staff_only_audience:
      'seul le personnel de l’établissement écrit à tout un niveau ou à tout l’établissement',
    audience_not_allowed: 'vous ne pouvez pas écrire à ce type de destinataire',
    recipient_not_related: 'ce destinataire n’est pas parmi ceux à qui vous pouvez écrire',
    narrowed_by_school: 'l’établissement ne permet pas d’écrire à ce destinataire',
    unknown_recipient: 'ce destinataire n’existe pas ou a quitté l’établissement',
    left_school: 'vous avez quitté l’établissement : sa messagerie ne vous est plus ouverte',
    national_rule: 'seul le personnel peut écrire à tous : c’est la règle nationale',
    grant_not_applicable: 'ce droit ne s’applique pas à ce profil',
    muted: 'l’établissement a suspendu vos envois de messages',
    already_reported: 'vous avez déjà signalé ce message',
    // liaison book
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
    recipients_not_allowed: 'you may not write to these recipients',
    no_recipients: 'these lists hold nobody to write to today',
    // messages: who may write to whom, and safety
    staff_only_audience: 'only the school’s staff may write to a whole level or the whole school',
    audience_not_allowed: 'you may not write to this kind of recipient',
    recipient_not_related: 'this recipient is not among those you may write to',
    narrowed_by_school: 'the school does not let you write to this recipient',
    unknown_recipient: 'this recipient does not exist or has left the school',
    left_school: 'you have left the school: its messages are no longer open to you',
    national_rule: 'only the staff may write to everyone: it is the national rule',
    grant_not_applicable: 'this right does not apply to this profile',
    muted: 'the school has suspended your sending of messages',
    already_reported: 'you have already reported this message',
    // liaison book
    // work groups
    // notifications
  },
} satisfies typeof fr;
