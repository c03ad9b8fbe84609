import type { FeedSelection } from './calendar-feed';
import { feedIcs } from './feed-ics';
import { bulletinSource, generateMiniSite } from './mini-sites';
import type { SharingPorts } from './sharing-ports';

/** What a planning change concerns, as its event says. */
export interface PlanningChangeScope {
  projectId: string;
  personIds: readonly string[];
  classIds: readonly string[];
  placeIds: readonly string[];
}

/**
 * Writes again every feed and mini-site a change concerns, so that a calendar's next poll, or the next visit,
 * reaches a file that is up to date and runs no function. Daily bulletins follow every change.
 */
export const regenerateShared = async (scope: PlanningChangeScope, ports: SharingPorts) => {
  const resources: FeedSelection[] = [
    { kind: 'project', id: scope.projectId },
    ...scope.personIds.map((id) => ({ kind: 'person' as const, id })),
    ...scope.classIds.map((id) => ({ kind: 'class' as const, id })),
    ...scope.placeIds.map((id) => ({ kind: 'place' as const, id })),
  ];
  const [feedIds, siteIds] = await Promise.all([
    unique(resources.map((resource) => ports.feeds.showing(resource))),
    unique([...resources, bulletinSource].map((resource) => ports.sites.showing(resource))),
  ]);
  let feeds = 0;
  for (const feedId of feedIds) {
    const feed = await ports.feeds.get(feedId);
    if (feed?.status !== 'active') continue;
    await ports.files.putFeed(feed.feedId, await feedIcs(feed, ports));
    feeds += 1;
  }
  let sites = 0;
  for (const siteId of siteIds) {
    const site = await ports.sites.get(siteId);
    if (site?.status !== 'active') continue;
    await generateMiniSite(site, ports);
    sites += 1;
  }
  return { feeds, sites };
};

const unique = async (lists: Promise<string[]>[]) => [...new Set((await Promise.all(lists)).flat())];

/** Each morning: the mini-sites with a daily bulletin, written again for the new day. */
export const rollDailyBulletins = async (ports: SharingPorts) => {
  let sites = 0;
  for (const siteId of await ports.sites.showing(bulletinSource)) {
    const site = await ports.sites.get(siteId);
    if (site?.status !== 'active') continue;
    await generateMiniSite(site, ports);
    sites += 1;
  }
  return sites;
};
