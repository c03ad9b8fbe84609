import type { FeedSelection } from './calendar-feed';
import { feedIcs } from './feed-ics';
import { makerMayStillTake } from './feed-rights';
import { revokeFeed } from './feeds';
import { bulletinSource, generateMiniSite } from './mini-site/publish-mini-site';
import { skippingUnreadable } from './readable-entries';
import type { SharingPorts } from './sharing-ports';
import { writeWhileActive } from './write-while-active';

/**
 * What a planning change concerns, as its event says: an activity's or project's change names its project; a
 * technician's shift (the time module) names only its person, whose planning shows it.
 */
export interface PlanningChangeScope {
  projectId?: string;
  personIds: readonly string[];
  classIds: readonly string[];
  placeIds: readonly string[];
}

/**
 * What a regeneration did: files written, files withdrawn because their record was revoked meanwhile, feeds
 * revoked because their maker lost the right; `failed` lists what threw, to be tried again (the others are done).
 */
export interface RegenerationResult {
  feeds: number;
  sites: number;
  withdrawn: number;
  revoked: number;
  failed: string[];
}

/**
 * Writes again every feed and mini-site a change concerns, so that a calendar's next poll, or the next visit,
 * reaches a file that is up to date and runs no function. Daily bulletins follow every change. Each is written
 * only while its record is active, and withdrawn if it was revoked meanwhile (write-while-active.ts); a feed whose
 * maker lost the right to take it is revoked; an occurrence that cannot be read is skipped, and one feed or site
 * that fails does not stop the others.
 */
export const regenerateShared = async (
  scope: PlanningChangeScope,
  ports: SharingPorts,
): Promise<RegenerationResult> => {
  const resources: FeedSelection[] = [
    ...(scope.projectId === undefined ? [] : [{ kind: 'project' as const, id: scope.projectId }]),
    ...scope.personIds.map((id) => ({ kind: 'person' as const, id })),
    ...scope.classIds.map((id) => ({ kind: 'class' as const, id })),
    ...scope.placeIds.map((id) => ({ kind: 'place' as const, id })),
  ];
  const [feedIds, siteIds] = await Promise.all([
    unique(resources.map((resource) => ports.feeds.showing(resource))),
    unique([...resources, bulletinSource].map((resource) => ports.sites.showing(resource))),
  ]);
  const result: RegenerationResult = { feeds: 0, sites: 0, withdrawn: 0, revoked: 0, failed: [] };
  for (const feedId of feedIds) {
    const outcome = await isolated(`feed ${feedId}`, () => regenerateFeed(feedId, ports), ports);
    if (outcome === 'written') result.feeds += 1;
    if (outcome === 'withdrawn') result.withdrawn += 1;
    if (outcome === 'revoked') result.revoked += 1;
    if (outcome === 'failed') result.failed.push(`feed ${feedId}`);
  }
  for (const siteId of siteIds) {
    const outcome = await isolated(`mini-site ${siteId}`, () => regenerateMiniSite(siteId, ports), ports);
    if (outcome === 'written') result.sites += 1;
    if (outcome === 'withdrawn') result.withdrawn += 1;
    if (outcome === 'failed') result.failed.push(`mini-site ${siteId}`);
  }
  return result;
};

/**
 * Writes again the feeds of the instrument families a loan or an item changed in (the loans' events), as a planning
 * change does its plannings': each only while active, its maker's right checked again, one failure not stopping
 * the others.
 */
export const regenerateFamilyFeeds = async (families: readonly string[], ports: SharingPorts) => {
  const feedIds = await unique(families.map((id) => ports.feeds.showing({ kind: 'instrument-family', id })));
  const result: Pick<RegenerationResult, 'feeds' | 'withdrawn' | 'revoked' | 'failed'> = {
    feeds: 0,
    withdrawn: 0,
    revoked: 0,
    failed: [],
  };
  for (const feedId of feedIds) {
    const outcome = await isolated(`feed ${feedId}`, () => regenerateFeed(feedId, ports), ports);
    if (outcome === 'written') result.feeds += 1;
    if (outcome === 'withdrawn') result.withdrawn += 1;
    if (outcome === 'revoked') result.revoked += 1;
    if (outcome === 'failed') result.failed.push(`feed ${feedId}`);
  }
  return result;
};

type Outcome = 'written' | 'withdrawn' | 'inactive' | 'revoked' | 'failed';

/**
 * One feed: (1) its record, read strongly consistent, must be active; (2) its maker must still hold the right they
 * made it with, or it is revoked now; (3) its file is written while the record stays active.
 */
export const regenerateFeed = async (feedId: string, ports: SharingPorts): Promise<Outcome> => {
  const feed = await ports.feeds.get(feedId);
  if (feed?.status !== 'active') return 'inactive';
  if (!(await makerMayStillTake(feed, ports))) {
    await revokeFeed(feedId, ports);
    ports.log('info', 'Feed revoked: its maker may no longer take it', {
      feedId,
      makerId: feed.createdBy.personId,
      selection: feed.selection,
    });
    return 'revoked';
  }
  const ics = await feedIcs(feed, skippingUnreadable(ports));
  return writeWhileActive({
    write: () => ports.files.putFeed(feedId, ics),
    stillActive: async () => (await ports.feeds.get(feedId))?.status === 'active',
    remove: () => ports.files.removeFeed(feedId),
  });
};

/** One mini-site, as a feed: active record, pages written while it stays active. */
export const regenerateMiniSite = async (siteId: string, ports: SharingPorts): Promise<Outcome> => {
  const site = await ports.sites.get(siteId);
  if (site?.status !== 'active') return 'inactive';
  return writeWhileActive({
    write: () => generateMiniSite(site, skippingUnreadable(ports)),
    stillActive: async () => (await ports.sites.get(siteId))?.status === 'active',
    remove: () => ports.files.removeMiniSite(site.token),
  });
};

/** A failure of one shared planning is logged and counted; the others go on. */
const isolated = async (
  what: string,
  regenerate: () => Promise<Outcome>,
  ports: SharingPorts,
): Promise<Outcome> => {
  try {
    return await regenerate();
  } catch (error) {
    ports.log('error', 'Shared planning not regenerated', { what, error: String(error) });
    return 'failed';
  }
};

const unique = async (lists: Promise<string[]>[]) => [...new Set((await Promise.all(lists)).flat())];

/** Each morning: the mini-sites with a daily bulletin, written again for the new day. */
export const rollDailyBulletins = async (ports: SharingPorts) => {
  let sites = 0;
  const failed: string[] = [];
  for (const siteId of await ports.sites.showing(bulletinSource)) {
    const outcome = await isolated(`mini-site ${siteId}`, () => regenerateMiniSite(siteId, ports), ports);
    if (outcome === 'written') sites += 1;
    if (outcome === 'failed') failed.push(`mini-site ${siteId}`);
  }
  return { sites, failed };
};
