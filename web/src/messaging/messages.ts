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
    // work groups
    // notifications
  },
} satisfies typeof fr;
