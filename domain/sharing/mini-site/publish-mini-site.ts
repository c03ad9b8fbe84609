import { randomBytes } from 'node:crypto';
import { entryOfMiniSite } from '#domain/audit/audit-entries';
import { personParty } from '#domain/audit/audit-entry';
import type { Actor } from '#domain/identity/actor';
import { NotFoundError, ValidationError } from '#domain/shared/errors';
import type { FeedSelection } from '../calendar-feed';
import { resourcesShown, selectionLabel } from '../feeds';
import { refusePupilPlanning } from '../public-people';
import { skippingUnreadable } from '../readable-entries';
import type { NewMiniSite } from '../sharing-input';
import type { SharingPorts } from '../sharing-ports';
import type { MiniSite } from './mini-site';
import { renderMiniSite } from './render-mini-site';
import { miniSiteContent } from './resolve-site-content';

/** The mini-sites whose daily bulletin follows every change of the day. */
export const bulletinSource: FeedSelection = { kind: 'project', id: '*bulletin*' };

/** Composes a mini-site, writes its pages, and gives its address: unguessable, for people without an account. */
export const createMiniSite = async (input: NewMiniSite, origin: string, ports: SharingPorts, by: Actor) => {
  for (const [index, tab] of input.tabs.entries()) {
    if (tab.kind === 'project-sheet') {
      await checkSource({ kind: 'project', id: tab.projectId }, `tabs.${index}.projectId`, ports);
    }
    if (tab.kind === 'planning') await checkSource(tab.resource, `tabs.${index}.resource.id`, ports);
    if (tab.kind === 'planning') await refusePupilPlanning(tab.resource, `tabs.${index}.resource.id`, ports);
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
  await generateMiniSite(site, skippingUnreadable(ports));
  const published = entryOfMiniSite('mini-site.published', site, personParty(by.personId), site.createdAt);
  await ports.sites.put(site, await sourcesOf(site, ports), published);
  return withAddress(site, origin);
};

export const withAddress = (site: MiniSite, origin: string) =>
  site.status === 'active' ? { site, url: `${origin}/s/${site.token}/` } : { site };

export const generateMiniSite = async (site: MiniSite, ports: SharingPorts) =>
  ports.files.putMiniSite(site.token, renderMiniSite(await miniSiteContent(site, ports)));

/**
 * Takes a mini-site down, for good, as a feed is revoked: (1) its record turns revoked by a conditional write, with
 * its audit entry in the same transaction, (2) then every page under its address goes. Taking it down again
 * answers the same and deletes again.
 */
export const revokeMiniSite = async (
  siteId: string,
  ports: Pick<SharingPorts, 'sites' | 'files' | 'planning'>,
  by: Actor,
) => {
  const site = await ports.sites.get(siteId);
  if (!site) throw new NotFoundError('mini-site', siteId);
  const at = ports.planning.clock.now().toISOString();
  const taken = entryOfMiniSite('mini-site.taken-down', site, personParty(by.personId), at);
  const revoked = await ports.sites.revoke(siteId, taken);
  if (!revoked) throw new NotFoundError('mini-site', siteId);
  await ports.files.removeMiniSite(revoked.token);
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
    if (error instanceof ValidationError) throw new ValidationError(field, error.reason, error.code);
    throw error;
  }
};
