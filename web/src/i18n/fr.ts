import type { knownEquipmentTypes, PlaceKind } from '../../../domain/places/place';

/** A message that depends on a count: the forms are picked with Intl.PluralRules, `{count}` is the number. */
export interface CountForms {
  one: string;
  other: string;
}

/** Every text of the web app in French, the first language of Préau; `en.ts` mirrors it key by key. */
export const fr = {
  language: 'fr',
  numberLocale: 'fr-FR',
  appName: 'Préau',
  skipToContent: 'Aller au contenu',
  placesTitle: 'Lieux',
  placesFilters: 'Filtrer les lieux',
  kindFilter: 'Type de lieu',
  allKinds: 'Tous les types',
  siteFilter: 'Site',
  allSites: 'Tous les sites',
  placeCount: { one: '{count} lieu', other: '{count} lieux' },
  capacity: { one: '{count} place', other: '{count} places' },
  loading: 'Chargement des lieux…',
  loadError: 'Impossible de charger les lieux : {reason}',
  serverUnreachable: 'le serveur ne répond pas',
  httpError: 'erreur {status}',
  retry: 'Réessayer',
  noPlaces: 'Aucun lieu pour l’instant.',
  noMatchingPlaces: 'Aucun lieu ne correspond à ces filtres.',
  columns: {
    name: 'Nom',
    kind: 'Type',
    capacity: 'Capacité',
    equipment: 'Équipement',
    location: 'Emplacement',
    booking: 'Réservation',
  },
  bookable: 'Réservable',
  notBookable: 'Non réservable',
  noEquipment: 'Aucun équipement',
  kinds: {
    classroom: 'Salle de cours',
    'practice-room': 'Studio de travail',
    'rehearsal-room': 'Salle de répétition',
    'concert-hall': 'Salle de concert',
    'dance-studio': 'Studio de danse',
    'recording-studio': 'Studio d’enregistrement',
    'lecture-hall': 'Amphithéâtre',
    library: 'Médiathèque',
    office: 'Bureau',
    'off-site-venue': 'Lieu extérieur',
  } satisfies Record<PlaceKind, string>,
  equipment: {
    'grand-piano': 'Piano à queue',
    'upright-piano': 'Piano droit',
    harpsichord: 'Clavecin',
    organ: 'Orgue',
    'drum-kit': 'Batterie',
    'music-stands': 'Pupitres',
    projector: 'Vidéoprojecteur',
    'sound-system': 'Sonorisation',
    'recording-desk': 'Console d’enregistrement',
    mirrors: 'Miroirs',
    barre: 'Barre',
    'sprung-floor': 'Plancher de danse',
    whiteboard: 'Tableau blanc',
  } satisfies Record<(typeof knownEquipmentTypes)[number], string>,
};

export type Messages = typeof fr;
