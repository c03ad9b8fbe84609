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
    bell: '{count, plural, =0 {Notifications, aucune non lue} one {Notifications, # non lue} other {Notifications, # non lues}}',
    intro: 'Ce qui vous concerne, le plus récent d’abord.',
    none: 'Aucune notification pour l’instant.',
    unreadCount:
      '{count, plural, =0 {Tout est lu.} one {# notification non lue} other {# notifications non lues}}',
    markAllRead: 'Tout marquer comme lu',
    markFailed: 'Impossible de marquer comme lu : {reason}',
    unread: 'Non lue',
    older: 'Plus anciennes',
    preferencesLink: 'Préférences de notification',
    subjects: {
      'message-delivered': 'Nouveau message de {senderName} : « {subject} »',
      'liaison-posted': 'Carnet de liaison : {authorName} vous demande de signer « {title} »',
      'liaison-reminded': 'Rappel : {authorName} attend votre signature pour « {title} »',
      'course-moved': '« {title} » du {fromDate} à {fromStart} est déplacé au {toDate} à {toStart}',
      'course-cancelled': '« {title} » {date} est annulé',
      'booking-approved': 'Votre demande de salle du {date}, {start}–{end}, est acceptée',
      'booking-refused': 'Votre demande de salle du {date}, {start}–{end}, est refusée',
      'request-state': 'Votre demande est maintenant « {state} »',
      'request-comment': 'Nouveau commentaire sur votre demande',
      'document-shared': '« {name} » partagé dans le groupe {groupName}',
    },
    requestStates: {
      submitted: 'envoyée',
      'in-progress': 'en cours',
      done: 'traitée',
      refused: 'refusée',
    } as Record<string, string>,
    kinds: {
      message: 'Messages',
      liaison: 'Carnet de liaison',
      course: 'Cours déplacés ou annulés',
      booking: 'Réservations de salles',
      request: 'Demandes',
      document: 'Documents partagés',
    },
    choices: {
      immediately: 'Tout de suite',
      digest: 'Dans le résumé du jour',
      none: 'Rien (le portail seulement)',
    },
    preferences: {
      title: 'Préférences de notification',
      intro:
        'Pour chaque sorte de notification, choisissez d’être prévenu tout de suite par courriel et sur vos appareils, dans un résumé quotidien, ou pas du tout. Le portail les montre toutes.',
      quiet: 'Heures calmes',
      quietHours: 'Rien entre 20 h et 7 h',
      quietWeekends: 'Rien le samedi ni le dimanche',
      quietHint:
        'Ce qui arrive pendant les heures calmes part le matin à 7 h, sauf un cours du jour même ou du lendemain déplacé ou annulé.',
      save: 'Enregistrer',
      saved: 'Vos choix sont enregistrés.',
      saveFailed: 'Impossible d’enregistrer : {reason}',
      back: 'Retour aux notifications',
    },
    push: {
      legend: 'Sur cet appareil',
      turnOn: 'Recevoir les notifications sur cet appareil',
      turnOff: 'Ne plus les recevoir sur cet appareil',
      isOn: 'Cet appareil reçoit vos notifications.',
      unsupported: 'Ce navigateur ne sait pas recevoir de notifications.',
      denied: 'Les notifications sont bloquées pour ce site dans votre navigateur.',
      failed: 'Impossible : {reason}',
    },
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
    bell: '{count, plural, =0 {Notifications, none unread} one {Notifications, # unread} other {Notifications, # unread}}',
    intro: 'What concerns you, newest first.',
    none: 'No notifications yet.',
    unreadCount: '{count, plural, =0 {All read.} one {# unread notification} other {# unread notifications}}',
    markAllRead: 'Mark all as read',
    markFailed: 'Could not mark as read: {reason}',
    unread: 'Unread',
    older: 'Older',
    preferencesLink: 'Notification preferences',
    subjects: {
      'message-delivered': 'New message from {senderName}: “{subject}”',
      'liaison-posted': 'Liaison book: {authorName} asks you to sign “{title}”',
      'liaison-reminded': 'Reminder: {authorName} awaits your signature for “{title}”',
      'course-moved': '“{title}” of {fromDate} at {fromStart} moves to {toDate} at {toStart}',
      'course-cancelled': '“{title}” {date} is cancelled',
      'booking-approved': 'Your room request for {date}, {start}–{end}, is approved',
      'booking-refused': 'Your room request for {date}, {start}–{end}, is refused',
      'request-state': 'Your request is now “{state}”',
      'request-comment': 'New comment on your request',
      'document-shared': '“{name}” shared in the group {groupName}',
    },
    requestStates: { submitted: 'sent', 'in-progress': 'in progress', done: 'done', refused: 'refused' },
    kinds: {
      message: 'Messages',
      liaison: 'Liaison book',
      course: 'Courses moved or cancelled',
      booking: 'Room bookings',
      request: 'Requests',
      document: 'Shared documents',
    },
    choices: {
      immediately: 'Right away',
      digest: 'In the daily digest',
      none: 'Nothing (the portal only)',
    },
    preferences: {
      title: 'Notification preferences',
      intro:
        'For each kind of notification, choose to be told right away by e-mail and on your devices, in a daily digest, or not at all. The portal shows them all.',
      quiet: 'Quiet hours',
      quietHours: 'Nothing between 8 pm and 7 am',
      quietWeekends: 'Nothing on Saturdays and Sundays',
      quietHint:
        'What comes during quiet hours leaves at 7 am, except a course of the same or the next day moved or cancelled.',
      save: 'Save',
      saved: 'Your choices are saved.',
      saveFailed: 'Could not save: {reason}',
      back: 'Back to notifications',
    },
    push: {
      legend: 'On this device',
      turnOn: 'Receive notifications on this device',
      turnOff: 'Stop receiving them on this device',
      isOn: 'This device receives your notifications.',
      unsupported: 'This browser cannot receive notifications.',
      denied: 'Notifications are blocked for this site in your browser.',
      failed: 'Could not: {reason}',
    },
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
