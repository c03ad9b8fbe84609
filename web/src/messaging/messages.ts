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
    menuCount: '{count, plural, one {# à signer} other {# à signer}}',
    intro: {
      received: 'Les mots de l’établissement et des professeurs. « Vu et signé » dit que vous les avez lus.',
      written: 'Les mots que vous avez écrits aux familles, et combien les ont signés.',
    },
    pupilIntro: 'Les mots adressés à vos responsables qui vous concernent.',
    tabs: { received: 'Mots reçus', written: 'Mots écrits' },
    loading: 'Chargement du carnet…',
    failed: 'Le carnet n’a pas pu être chargé : {reason}',
    none: { received: 'Aucun mot pour l’instant.', written: 'Vous n’avez écrit aucun mot.' },
    unsignedCount: '{count, plural, =0 {Rien à signer.} one {# mot à signer.} other {# mots à signer.}}',
    from: '{name}, {date} · {to}',
    kinds: {
      sortie: 'Sortie',
      materiel: 'Matériel',
      reunion: 'Réunion',
      information: 'Information',
      autre: 'Autre',
    },
    sign: 'Vu et signé',
    signing: 'Signature…',
    signedAt: 'Vu et signé le {date}',
    signFailed: 'La signature n’a pas été enregistrée : {reason}',
    noReply: 'On ne répond pas dans le carnet : pour écrire à l’établissement, passez par la messagerie.',
    open: 'Qui a signé',
    signedOf: '{signed, plural, =0 {Aucune signature} one {# signature} other {# signatures}} sur {total}',
    back: 'Retour au carnet',
    note: {
      title: 'Mot du carnet',
      notFound: 'Ce mot n’existe pas, ou ne vous est pas adressé.',
      signed: 'Ont signé',
      unsigned: 'N’ont pas encore signé',
      nobodyUnsigned: 'Tout le monde a signé.',
      unnamed:
        '{count, plural, one {# autre responsable, que vous ne pouvez pas voir} other {# autres responsables, que vous ne pouvez pas voir}}',
      pending:
        '{count, plural, one {# copie en cours de distribution} other {# copies en cours de distribution}}',
      remind: 'Relancer',
      reminding: 'Relance…',
      reminded: '{count, plural, one {# responsable relancé.} other {# responsables relancés.}}',
      remindedToday: 'Relancé aujourd’hui : une relance par jour au plus.',
      remindFailed: 'La relance n’a pas été envoyée : {reason}',
    },
    form: {
      title: 'Écrire un mot aux familles',
      to: 'Destinataires',
      toKinds: { class: 'Une classe', pupil: 'Un élève', level: 'Un niveau' },
      class: 'Classe',
      pupil: 'Élève',
      level: 'Niveau',
      choose: 'Choisir…',
      kind: 'Type de mot',
      noteTitle: 'Titre',
      text: 'Texte (les liens sont cliquables)',
      send: 'Envoyer le mot',
      sending: 'Envoi…',
      sent: 'Mot envoyé {count, plural, one {au responsable} other {aux # responsables}}.',
      failed: 'Le mot n’a pas été envoyé : {reason}',
      missing: 'Choisissez les destinataires, et donnez un titre et un texte.',
      levelLabel: 'Niveau {level}',
    },
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
    menuCount: '{count, plural, one {# to sign} other {# to sign}}',
    intro: {
      received: 'Notes from the school and the teachers. « Seen and signed » says you have read them.',
      written: 'The notes you wrote to families, and how many signed them.',
    },
    pupilIntro: 'The notes to your guardians that concern you.',
    tabs: { received: 'Received', written: 'Written' },
    loading: 'Loading the liaison book…',
    failed: 'The liaison book could not be loaded: {reason}',
    none: { received: 'No note yet.', written: 'You have written no note.' },
    unsignedCount: '{count, plural, =0 {Nothing to sign.} one {# note to sign.} other {# notes to sign.}}',
    from: '{name}, {date} · {to}',
    kinds: {
      sortie: 'Outing',
      materiel: 'Equipment',
      reunion: 'Meeting',
      information: 'Information',
      autre: 'Other',
    },
    sign: 'Seen and signed',
    signing: 'Signing…',
    signedAt: 'Seen and signed on {date}',
    signFailed: 'The signature was not recorded: {reason}',
    noReply: 'Notes are not answered in the book: to write to the school, use messages.',
    open: 'Who signed',
    signedOf: '{signed, plural, =0 {No signature} one {# signature} other {# signatures}} of {total}',
    back: 'Back to the liaison book',
    note: {
      title: 'Liaison note',
      notFound: 'This note does not exist, or is not addressed to you.',
      signed: 'Signed',
      unsigned: 'Not signed yet',
      nobodyUnsigned: 'Everyone has signed.',
      unnamed:
        '{count, plural, one {# other guardian, whom you may not see} other {# other guardians, whom you may not see}}',
      pending: '{count, plural, one {# copy being delivered} other {# copies being delivered}}',
      remind: 'Remind',
      reminding: 'Reminding…',
      reminded: '{count, plural, one {# guardian reminded.} other {# guardians reminded.}}',
      remindedToday: 'Reminded today: one reminder a day at most.',
      remindFailed: 'The reminder was not sent: {reason}',
    },
    form: {
      title: 'Write a note to families',
      to: 'To',
      toKinds: { class: 'A class', pupil: 'A pupil', level: 'A level' },
      class: 'Class',
      pupil: 'Pupil',
      level: 'Level',
      choose: 'Choose…',
      kind: 'Kind of note',
      noteTitle: 'Title',
      text: 'Text (links can be clicked)',
      send: 'Send the note',
      sending: 'Sending…',
      sent: 'Note sent to {count, plural, one {the guardian} other {# guardians}}.',
      failed: 'The note was not sent: {reason}',
      missing: 'Choose whom it is for, and give a title and a text.',
      levelLabel: 'Level {level}',
    },
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
    liaison_no_guardians: 'no guardian is known for these pupils',
    liaison_already_signed: 'this note is signed already',
    liaison_all_signed: 'every guardian has signed already',
    liaison_reminded_today: 'a reminder was sent today already (one a day at most)',
    // work groups
    // notifications
  },
} satisfies typeof fr;
