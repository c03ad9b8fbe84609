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
    nav: 'Groupes',
    intro: 'Les groupes dont vous êtes membre : leurs documents et leurs discussions.',
    none: 'Vous n’êtes membre d’aucun groupe.',
    create: 'Créer un groupe',
    back: 'Tous mes groupes',
    notFound: 'Ce groupe n’existe pas, ou vous n’en êtes pas membre.',
    kinds: {
      'teaching-team': 'Équipe pédagogique',
      project: 'Groupe de projet',
      'class-council': 'Conseil de classe',
      other: 'Autre groupe',
    },
    roles: { manager: 'Responsable', member: 'Membre' },
    members: 'Membres',
    memberCount: '{count, plural, one {# membre} other {# membres}}',
    unnamedMembers: '{count, plural, one {et # élève} other {et # élèves}}',
    someone: 'Un membre du groupe',
    form: {
      heading: 'Nouveau groupe',
      name: 'Nom du groupe',
      kind: 'Type de groupe',
      description: 'Description (facultative)',
      search: 'Ajouter des membres : nom',
      searchHint: 'Vos collègues, les parents, et les élèves de vos classes.',
      add: 'Ajouter {name}',
      remove: 'Retirer {name}',
      chosen: 'Membres choisis',
      noneChosen: 'Personne pour l’instant : vous pourrez en ajouter ensuite.',
      noMatch: 'Personne de ce nom que vous puissiez ajouter.',
      pupil: 'élève',
      submit: 'Créer le groupe',
      creating: 'Création…',
      missingName: 'Donnez un nom au groupe.',
      failed: 'Le groupe n’a pas été créé : {reason}',
    },
    addMembers: {
      heading: 'Ajouter des membres',
      submit: 'Ajouter au groupe',
      adding: 'Ajout…',
      added: 'Membres ajoutés.',
      failed: 'Personne n’a été ajouté : {reason}',
    },
    documents: {
      heading: 'Documents',
      none: 'Aucun document pour l’instant.',
      sharedBy: 'Partagé par {name} le {at}',
      download: 'Télécharger {name}',
      upload: 'Partager un document',
      uploadHint: 'PDF, image, document bureautique ou son, 20 Mo au plus.',
      uploading: 'Envoi de « {name} »…',
      uploaded: '« {name} » est partagé avec le groupe.',
      failed: 'Le document n’a pas été partagé : {reason}',
      downloadFailed: 'Le document n’a pas pu être téléchargé : {reason}',
      remove: 'Supprimer {name}',
    },
    miniSite: {
      heading: 'Page publique',
      intro:
        'Une page sans compte ni mot de passe, à l’adresse secrète : le nom du groupe, sa description et ses responsables adultes ; aucun élève, aucun document.',
      allow: 'Autoriser la page publique du groupe',
      publish: 'Publier la page',
      publishAgain: 'Mettre la page à jour',
      publishing: 'Publication…',
      published: 'La page est publiée :',
      notAllowed: 'La page publique n’est pas autorisée.',
      failed: 'La page n’a pas été publiée : {reason}',
    },
    discussion: {
      heading: 'Discussion',
      none: 'Aucun sujet pour l’instant.',
      lastActivity: '{posts, plural, one {# message} other {# messages}}, dernier le {at}',
      startedBy: 'Ouvert par {name}',
      newTopic: 'Nouveau sujet',
      topicTitle: 'Titre du sujet',
      firstPost: 'Votre message',
      start: 'Ouvrir le sujet',
      starting: 'Envoi…',
      missing: 'Écrivez un titre et un message.',
      reply: 'Répondre',
      replyLabel: 'Votre réponse',
      send: 'Envoyer',
      sending: 'Envoi…',
      missingReply: 'Écrivez votre réponse.',
      failed: 'Le message n’a pas été envoyé : {reason}',
      postBy: '{name}, le {at}',
      open: 'Lire',
      close: 'Fermer',
    },
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
    nav: 'Groups',
    intro: 'The groups you are a member of: their documents and discussions.',
    none: 'You are a member of no group.',
    create: 'Create a group',
    back: 'All my groups',
    notFound: 'This group does not exist, or you are not a member.',
    kinds: {
      'teaching-team': 'Teaching team',
      project: 'Project group',
      'class-council': 'Class council',
      other: 'Other group',
    },
    roles: { manager: 'Manager', member: 'Member' },
    members: 'Members',
    memberCount: '{count, plural, one {# member} other {# members}}',
    unnamedMembers: '{count, plural, one {and # pupil} other {and # pupils}}',
    someone: 'A member of the group',
    form: {
      heading: 'New group',
      name: 'Name of the group',
      kind: 'Kind of group',
      description: 'Description (optional)',
      search: 'Add members: name',
      searchHint: 'Your colleagues, parents, and the pupils of your classes.',
      add: 'Add {name}',
      remove: 'Remove {name}',
      chosen: 'Members chosen',
      noneChosen: 'No one yet: you can add people later.',
      noMatch: 'No one of that name you may add.',
      pupil: 'pupil',
      submit: 'Create the group',
      creating: 'Creating…',
      missingName: 'Give the group a name.',
      failed: 'The group was not created: {reason}',
    },
    addMembers: {
      heading: 'Add members',
      submit: 'Add to the group',
      adding: 'Adding…',
      added: 'Members added.',
      failed: 'No one was added: {reason}',
    },
    documents: {
      heading: 'Documents',
      none: 'No document yet.',
      sharedBy: 'Shared by {name} on {at}',
      download: 'Download {name}',
      upload: 'Share a document',
      uploadHint: 'PDF, image, office document or audio, 20 MB at most.',
      uploading: 'Uploading “{name}”…',
      uploaded: '“{name}” is shared with the group.',
      failed: 'The document was not shared: {reason}',
      downloadFailed: 'The document could not be downloaded: {reason}',
      remove: 'Delete {name}',
    },
    miniSite: {
      heading: 'Public page',
      intro:
        'A page without account or password, at a secret address: the group’s name, description and adult managers; no pupil, no document.',
      allow: 'Allow the group’s public page',
      publish: 'Publish the page',
      publishAgain: 'Update the page',
      publishing: 'Publishing…',
      published: 'The page is published:',
      notAllowed: 'The public page is not allowed.',
      failed: 'The page was not published: {reason}',
    },
    discussion: {
      heading: 'Discussion',
      none: 'No topic yet.',
      lastActivity: '{posts, plural, one {# message} other {# messages}}, last on {at}',
      startedBy: 'Started by {name}',
      newTopic: 'New topic',
      topicTitle: 'Title of the topic',
      firstPost: 'Your message',
      start: 'Start the topic',
      starting: 'Sending…',
      missing: 'Write a title and a message.',
      reply: 'Reply',
      replyLabel: 'Your reply',
      send: 'Send',
      sending: 'Sending…',
      missingReply: 'Write your reply.',
      failed: 'The message was not sent: {reason}',
      postBy: '{name}, on {at}',
      open: 'Read',
      close: 'Close',
    },
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
