import type { WorkGroupKind } from '#domain/messaging/work-group-kinds';
import type { ProjectKind, ProjectStatus } from '#domain/planning/project';

/** Every fixed text of a mini-site, in one language. `{name}` marks where a value goes. */
export interface MiniSiteMessages {
  /** The BCP 47 tag dates are written with. */
  dateLocale: string;
  skipToContent: string;
  tabs: string;
  updatedOn: string;
  /** When the instant of generation cannot be read: its text as it came. */
  updatedOnDay: string;
  noTabs: string;
  moved: string;
  closed: string;
  closedBecause: string;
  projectSheet: {
    kind: string;
    status: string;
    classes: string;
    members: string;
    nextOccurrences: string;
    noOccurrences: string;
    kinds: Record<ProjectKind, string>;
    statuses: Record<ProjectStatus, string>;
  };
  planning: { nothingPlanned: string; noDays: string };
  dailyBulletin: { whoIsWhere: string; time: string; place: string; activity: string; nothingToday: string };
  workGroup: { kind: string; managers: string; kinds: Record<WorkGroupKind, string> };
}

const nbsp = '\u00a0';

const fr: MiniSiteMessages = {
  dateLocale: 'fr-FR',
  skipToContent: 'Aller au contenu',
  tabs: 'Onglets',
  updatedOn: 'Mis à jour le {date} à {time}',
  updatedOnDay: 'Mis à jour le {date}',
  noTabs: 'Ce site ne présente encore rien.',
  moved: 'déplacée',
  closed: 'Fermé',
  closedBecause: `Fermé${nbsp}: {reason}`,
  projectSheet: {
    kind: 'Type',
    status: 'Statut',
    classes: 'Classes',
    members: 'Participants',
    nextOccurrences: 'Prochaines séances',
    noOccurrences: 'Aucune séance à venir.',
    kinds: {
      course: 'Cours',
      exam: 'Examen',
      production: 'Production',
      internal: 'Projet interne',
      external: 'Projet externe',
    },
    statuses: { draft: 'Brouillon', confirmed: 'Confirmé', done: 'Terminé', cancelled: 'Annulé' },
  },
  planning: { nothingPlanned: 'Rien de prévu.', noDays: 'Aucun jour à afficher.' },
  dailyBulletin: {
    whoIsWhere: 'Qui est où aujourd’hui',
    time: 'Heure',
    place: 'Lieu',
    activity: 'Activité',
    nothingToday: 'Rien de prévu aujourd’hui.',
  },
  workGroup: {
    kind: 'Type',
    managers: 'Responsables',
    kinds: {
      'teaching-team': 'Équipe pédagogique',
      project: 'Groupe de projet',
      'class-council': 'Conseil de classe',
      other: 'Groupe de travail',
    },
  },
};

const en: MiniSiteMessages = {
  dateLocale: 'en-GB',
  skipToContent: 'Skip to content',
  tabs: 'Tabs',
  updatedOn: 'Updated on {date} at {time}',
  updatedOnDay: 'Updated on {date}',
  noTabs: 'This site shows nothing yet.',
  moved: 'moved',
  closed: 'Closed',
  closedBecause: 'Closed: {reason}',
  projectSheet: {
    kind: 'Kind',
    status: 'Status',
    classes: 'Classes',
    members: 'Participants',
    nextOccurrences: 'Coming up',
    noOccurrences: 'Nothing planned from now on.',
    kinds: {
      course: 'Course',
      exam: 'Exam',
      production: 'Production',
      internal: 'Internal project',
      external: 'External project',
    },
    statuses: { draft: 'Draft', confirmed: 'Confirmed', done: 'Done', cancelled: 'Cancelled' },
  },
  planning: { nothingPlanned: 'Nothing planned.', noDays: 'No days to show.' },
  dailyBulletin: {
    whoIsWhere: 'Who is where today',
    time: 'Time',
    place: 'Place',
    activity: 'Activity',
    nothingToday: 'Nothing planned today.',
  },
  workGroup: {
    kind: 'Kind',
    managers: 'Managers',
    kinds: {
      'teaching-team': 'Teaching team',
      project: 'Project group',
      'class-council': 'Class council',
      other: 'Work group',
    },
  },
};

export const miniSiteMessages = (locale: 'fr' | 'en') => (locale === 'en' ? en : fr);

/** Puts values in a message: `fill('Fermé : {reason}', { reason: 'Toussaint' })`. */
export const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(values, name) ? (values[name] ?? placeholder) : placeholder,
  );

/** A label of a known code, or the value as it came: a kind added later is shown rather than lost. */
export const labelOf = (labels: Record<string, string>, code: string) =>
  Object.hasOwn(labels, code) ? (labels[code] ?? code) : code;
