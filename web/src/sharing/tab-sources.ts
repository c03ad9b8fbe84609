import type { Place } from '#domain/places/place';
import type { Api } from '../api';
import type { ClassSummary } from '../people/person';
import type { ProjectListItem } from '../planning/planning-types';
import { placesOnce } from '../planning/use-places-by-id';
import type { Format } from '../shell/i18n/format';
import type { MiniSiteTab } from './sharing-types';

/** What a mini-site's tabs are chosen from: projects, places, classes, and the sites of the places. */
export interface TabSources {
  projects: ProjectListItem[];
  places: Place[];
  classes: ClassSummary[];
  sites: string[];
}

/** The plannings a mini-site tab may show, as the form offers them. */
export type TabResourceKind = 'place' | 'class' | 'project';

export const loadTabSources = async (
  api: Api,
  localeTag: string,
  signal: AbortSignal,
): Promise<TabSources> => {
  const [projects, places, classes] = await Promise.all([
    api.projects(signal),
    placesOnce(api),
    api.classes(signal).catch(() => []),
  ]);
  const collator = new Intl.Collator(localeTag, { sensitivity: 'base', numeric: true });
  return {
    projects: projects
      .filter(({ status }) => status !== 'cancelled')
      .sort((a, b) => collator.compare(a.name, b.name)),
    places: [...places].sort((a, b) => collator.compare(a.name, b.name)),
    classes: [...classes].sort((a, b) => collator.compare(a.label, b.label)),
    sites: [...new Set(places.map(({ site }) => site))].sort(collator.compare),
  };
};

/** The choices of a kind of planning: each resource's id and name. */
export const resourcesOf = (kind: TabResourceKind, sources: TabSources) => {
  switch (kind) {
    case 'place':
      return sources.places.map(({ id, name }) => ({ id, name }));
    case 'class':
      return sources.classes.map(({ classId, label }) => ({ id: classId, name: label }));
    case 'project':
      return sources.projects.map(({ id, name }) => ({ id, name }));
  }
};

/** A tab in words, as the form lists it: « Fiche du projet Les Noces de Figaro, avec ses membres ». */
export const describeTab = (tab: MiniSiteTab, sources: TabSources, format: Format) => {
  const texts = format.messages.sharing.form;
  switch (tab.kind) {
    case 'project-sheet': {
      const name = sources.projects.find(({ id }) => id === tab.projectId)?.name ?? tab.projectId;
      return format.fill(tab.showMembers ? texts.tabProjectMembers : texts.tabProject, { name });
    }
    case 'planning': {
      const { kind, id } = tab.resource;
      const known = kind === 'place' || kind === 'class' || kind === 'project';
      const name = (known && resourcesOf(kind, sources).find((each) => each.id === id)?.name) || id;
      return format.message(texts.tabPlanning, { name, weeks: format.count(texts.weekCount, tab.weeks) });
    }
    case 'daily-bulletin':
      return tab.site ? format.fill(texts.tabBulletinSite, { site: tab.site }) : texts.tabBulletin;
  }
};
