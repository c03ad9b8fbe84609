import { randomBytes } from 'node:crypto';
import { entryOfMiniSite } from '../audit/audit-entries';
import type { Actor } from '../identity/actor';
import { NotFoundError, ValidationError } from '../shared/errors';
import type { FeedSelection } from './calendar-feed';
import { resourcesShown, selectionLabel } from './feeds';
import type { MiniSite } from './mini-site';
import { renderMiniSite } from './mini-site/render-mini-site';
import { miniSiteContent } from './mini-site-sources';
import type { NewMiniSite } from './sharing-input';
import type { SharingPorts } from './sharing-ports';

/** The mini-sites whose daily bulletin follows every change of the day. */
export const bulletinSource: FeedSelection = { kind: 'project', id: '*bulletin*' };

/** Composes a mini-site, writes its pages, and gives its address: unguessable, for people without an account. */
export const createMiniSite = async (input: NewMiniSite, origin: string, ports: SharingPorts, by: Actor) => {
  for (const [index, tab] of input.tabs.entries()) {
    if (tab.kind === 'project-sheet') {
      await checkSource({ kind: 'project', id: tab.projectId }, `tabs.${index}.projectId`, ports);
    }
    if (tab.kind === 'planning') await checkSource(tab.resource, `tabs.${index}.resource.id`, ports);
  }
  const site: MiniSite = {
    siteId: ports.planning.newId(),
    token: randomBytes(16).toString('base64url'),
    name: input.name,
    locale: input.locale,
    tabs: input.tabs,
    status: 'active',
    createdAt: ports.planning.clock.now().toISOString(),
    version: 1,
  };
  await generateMiniSite(site, ports);
  const published = entryOfMiniSite('mini-site.published', site, by.personId, site.createdAt);
  await ports.sites.put(site, await sourcesOf(site, ports), published);
  return withAddress(site, origin);
};

export const withAddress = (site: MiniSite, origin: string) =>
  site.status === 'active' ? { site, url: `${origin}/s/${site.token}/` } : { site };

export const generateMiniSite = async (site: MiniSite, ports: SharingPorts) =>
  ports.files.putMiniSite(site.token, renderMiniSite(await miniSiteContent(site, ports)));

/** Takes a mini-site down: its pages go, its address answers nothing any more. */
export const revokeMiniSite = async (siteId: string, ports: SharingPorts, by: Actor) => {
  const site = await ports.sites.get(siteId);
  if (!site) throw new NotFoundError('mini-site', siteId);
  if (site.status === 'revoked') return site;
  const revoked: MiniSite = { ...site, status: 'revoked', version: site.version + 1 };
  await ports.files.removeMiniSite(site.token);
  const at = ports.planning.clock.now().toISOString();
  await ports.sites.put(revoked, [], entryOfMiniSite('mini-site.taken-down', site, by.personId, at));
  return revoked;
};

const sourcesOf = async (site: MiniSite, ports: SharingPorts) => {
  const sources: FeedSelection[] = [];
  for (const tab of site.tabs) {
    if (tab.kind === 'project-sheet') sources.push({ kind: 'project', id: tab.projectId });
    if (tab.kind === 'planning') sources.push(...(await resourcesShown(tab.resource, ports)));
    if (tab.kind === 'daily-bulletin') sources.push(bulletinSource);
  }
  return sources;
};

/** A tab's source must be the school's, named by the tab's field when it is not. */
const checkSource = async (source: FeedSelection, field: string, ports: SharingPorts) => {
  try {
    await selectionLabel(source, ports);
  } catch (error) {
    if (error instanceof ValidationError) throw new ValidationError(field, error.reason);
    throw error;
  }
};
