import type { ApiErrorCode } from '#domain/error-codes';

/** School life's words in French, the first language of Préau; `en` mirrors them key by key. */
export const fr = {
  // Messages
  messaging: {
    title: 'Messagerie',
    nav: 'Messagerie',
    /** The menu item with the count of unread messages, said whole to screen readers. */
    navUnread: '{count, plural, one {# message non lu} other {# messages non lus}}',
    inbox: {
      compose: 'Nouveau message',
      search: 'Rechercher dans mes messages',
      searchButton: 'Rechercher',
      clearSearch: 'Tous mes messages',
      empty: 'Aucun message pour l’instant.',
      noneFound: 'Aucun message ne contient ces mots.',
      more: 'Messages plus anciens',
      unread: 'Non lu',
      sent: 'Envoyé',
      withdrawn: 'Message retiré',
      from: 'De {name}',
      mine: 'Vous',
    },
    conversation: {
      back: 'Messagerie',
      notFound: 'Cette conversation n’existe pas, ou vous n’y prenez pas part.',
      to: 'À',
      recipients: '{count, plural, one {# destinataire} other {# destinataires}}',
      sentAt: '{name}, {at}',
      withdrawn: 'Ce message a été retiré par l’établissement.',
      reply: 'Votre réponse',
      replyToEveryone: 'Votre réponse ira à tous les participants.',
      replyToSender: 'Ce message a été envoyé à une liste : votre réponse ira seulement à son expéditeur.',
      send: 'Répondre',
      sending: 'Envoi…',
      sent: 'Réponse envoyée.',
      missing: 'Écrivez votre réponse.',
      failed: 'La réponse n’est pas partie : {reason}',
    },
    compose: {
      title: 'Nouveau message',
      back: 'Messagerie',
      recipients: 'Destinataires',
      lists: 'Listes auxquelles vous pouvez écrire',
      findPerson: 'Chercher une personne par son nom',
      findButton: 'Chercher',
      noPersonFound: 'Personne de ce nom parmi ceux à qui vous pouvez écrire.',
      add: 'Ajouter {label}',
      remove: 'Retirer {label}',
      chosen: 'Destinataires choisis',
      noneChosen: 'Choisissez au moins un destinataire.',
      subject: 'Objet',
      text: 'Message',
      textHint: 'Texte simple : les adresses web deviennent des liens.',
      send: 'Envoyer',
      sending: 'Envoi…',
      missingSubject: 'Donnez un objet au message.',
      missingText: 'Écrivez le message.',
      failed: 'Le message n’est pas parti : {reason}',
      sentTo: '{count, plural, one {Message envoyé à # personne.} other {Message envoyé à # personnes.}}',
      onlyStaff: 'Seuls les personnels écrivent à tout un niveau ou à tout l’établissement.',
    },
  },

  // Messages — who may write to whom, and safety (the school administrators' pages)
  messagingSafety: {
    reportsNav: 'Signalements',
    reportsTitle: 'Signalements de messages',
    reserved: 'Cette page est réservée à la direction de l’établissement.',
    noReports: 'Aucun message signalé.',
    reportedBy: 'Signalé par {name} le {date}',
    reason: 'Motif : {reason}',
    sentBy: 'Envoyé par {name} le {date}',
    withdrawnNotice: 'Message retiré par l’établissement',
    withdraw: 'Retirer le message',
    withdrawConfirm: 'Retirer ce message de toutes les boîtes de réception ?',
    withdrawn: 'Le message est retiré de toutes les boîtes de réception.',
    mute: 'Suspendre les envois de {name}',
    unmute: 'Rétablir les envois de {name}',
    muted: '{name} ne peut plus envoyer de messages.',
    unmuted: '{name} peut de nouveau envoyer des messages.',
    settingsNav: 'Règles de la messagerie',
    settingsTitle: 'Qui peut écrire à qui',
    settingsIntro:
      'L’établissement peut restreindre ces règles, jamais les élargir au-delà de la règle nationale : seul le personnel écrit à tout un niveau ou à tout l’établissement.',
    profileLegend: '{profile} peut écrire à :',
    grants: {
      everyone: 'tout le monde, toutes les listes',
      'own-classes': 'ses classes et leurs élèves',
      'own-pupils-guardians': 'les parents de ses élèves',
      colleagues: 'ses collègues (professeurs et personnels)',
      staff: 'les personnels (vie scolaire, secrétariat, direction)',
      'own-teachers': 'ses professeurs',
      'own-class': 'sa classe et ses camarades',
      'children-teachers': 'les professeurs de ses enfants',
      'group-members': 'les membres de ses groupes de travail',
    },
    replyAllLimit: 'Au-delà de combien de destinataires les réponses ne vont qu’à l’expéditeur',
    replyAllHint: 'Au plus 35, la taille d’une classe.',
    retentionDays: 'Jours de conservation des messages après la fin de l’année scolaire',
    retentionHint: 'De 0 à 365 jours ; les messages sont ensuite effacés.',
    save: 'Enregistrer',
    saved: 'Règles enregistrées.',
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
    nav: 'Messages',
    navUnread: '{count, plural, one {# unread message} other {# unread messages}}',
    inbox: {
      compose: 'New message',
      search: 'Search my messages',
      searchButton: 'Search',
      clearSearch: 'All my messages',
      empty: 'No messages yet.',
      noneFound: 'No message holds these words.',
      more: 'Older messages',
      unread: 'Unread',
      sent: 'Sent',
      withdrawn: 'Message withdrawn',
      from: 'From {name}',
      mine: 'You',
    },
    conversation: {
      back: 'Messages',
      notFound: 'This conversation does not exist, or you do not take part in it.',
      to: 'To',
      recipients: '{count, plural, one {# recipient} other {# recipients}}',
      sentAt: '{name}, {at}',
      withdrawn: 'This message was withdrawn by the school.',
      reply: 'Your reply',
      replyToEveryone: 'Your reply goes to everyone in the conversation.',
      replyToSender: 'This message went to a list: your reply goes to its sender only.',
      send: 'Reply',
      sending: 'Sending…',
      sent: 'Reply sent.',
      missing: 'Write your reply.',
      failed: 'The reply was not sent: {reason}',
    },
    compose: {
      title: 'New message',
      back: 'Messages',
      recipients: 'Recipients',
      lists: 'Lists you may write to',
      findPerson: 'Find a person by name',
      findButton: 'Find',
      noPersonFound: 'Nobody of that name among those you may write to.',
      add: 'Add {label}',
      remove: 'Remove {label}',
      chosen: 'Chosen recipients',
      noneChosen: 'Choose at least one recipient.',
      subject: 'Subject',
      text: 'Message',
      textHint: 'Plain text: web addresses become links.',
      send: 'Send',
      sending: 'Sending…',
      missingSubject: 'Give the message a subject.',
      missingText: 'Write the message.',
      failed: 'The message was not sent: {reason}',
      sentTo: '{count, plural, one {Message sent to # person.} other {Message sent to # people.}}',
      onlyStaff: 'Only the school’s staff write to a whole level or the whole school.',
    },
  },

  // Messages — who may write to whom, and safety (the school administrators' pages)
  messagingSafety: {
    reportsNav: 'Reports',
    reportsTitle: 'Reported messages',
    reserved: 'This page is for the school’s administrators.',
    noReports: 'No message reported.',
    reportedBy: 'Reported by {name} on {date}',
    reason: 'Reason: {reason}',
    sentBy: 'Sent by {name} on {date}',
    withdrawnNotice: 'Message withdrawn by the school',
    withdraw: 'Withdraw the message',
    withdrawConfirm: 'Withdraw this message from every inbox?',
    withdrawn: 'The message is withdrawn from every inbox.',
    mute: 'Suspend {name}’s sending',
    unmute: 'Restore {name}’s sending',
    muted: '{name} can no longer send messages.',
    unmuted: '{name} can send messages again.',
    settingsNav: 'Messaging rules',
    settingsTitle: 'Who may write to whom',
    settingsIntro:
      'The school may narrow these rules, never widen them past the national rule: only the staff write to a whole level or the whole school.',
    profileLegend: '{profile} may write to:',
    grants: {
      everyone: 'everyone, every list',
      'own-classes': 'their classes and their pupils',
      'own-pupils-guardians': 'their pupils’ guardians',
      colleagues: 'their colleagues (teachers and staff)',
      staff: 'the staff (pupil services, office, management)',
      'own-teachers': 'their teachers',
      'own-class': 'their class and classmates',
      'children-teachers': 'their children’s teachers',
      'group-members': 'the members of their work groups',
    },
    replyAllLimit: 'Above how many recipients replies go to the sender only',
    replyAllHint: 'At most 35, a class’s size.',
    retentionDays: 'Days messages are kept after the end of the school year',
    retentionHint: 'From 0 to 365 days; messages are then erased.',
    save: 'Save',
    saved: 'Rules saved.',
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
