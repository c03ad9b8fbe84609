import { entryOfFeed } from '../audit/audit-entries';
import type { Actor } from '../identity/actor';
import { fullName } from '../identity/actor';
import { NotFoundError, ValidationError } from '../shared/errors';
import type { CalendarFeed, FeedSelection } from './calendar-feed';
import { feedIcs } from './feed-ics';
import { schoolYearSpan } from './school-year-span';
import { classesOfPerson } from './shared-entries';
import type { NewFeed } from './sharing-input';
import type { SharingPorts } from './sharing-ports';
import { todayInZone } from './today-in-zone';

/**
 * Makes a feed of a selection, writes its file at once, and gives its signed link: `https://…` to paste, and the
 * `webcal://` form that opens the calendar app.
 */
export const createFeed = async (input: NewFeed, actor: Actor, origin: string, ports: SharingPorts) => {
  const { planning, school } = ports;
  const label = await selectionLabel(input.selection, ports);
  const now = planning.clock.now();
  const feed: CalendarFeed = {
    feedId: planning.newId(),
    name: input.name ?? `Planning — ${label}`,
    selection: input.selection,
    createdBy: { personId: actor.personId, name: fullName(actor) },
    createdAt: now.toISOString(),
    status: 'active',
    expiresAt: schoolYearSpan(todayInZone(now, school.timeZone), school.timeZone).expiresAt,
    version: 1,
  };
  await ports.files.putFeed(feed.feedId, await feedIcs(feed, ports));
  const published = entryOfFeed('feed.published', feed, actor.personId, feed.createdAt);
  await ports.feeds.put(feed, await resourcesShown(input.selection, ports), published);
  return withLinks(feed, origin, ports);
};

/** A feed and its links, signed again: after a key rotation, the link given is one the new key signs. */
export const withLinks = async (
  feed: CalendarFeed,
  origin: string,
  ports: Pick<SharingPorts, 'signFeed'>,
) => {
  if (feed.status !== 'active') return { feed };
  const url = await ports.signFeed(feed.feedId, origin, feed.expiresAt);
  return { feed, url, webcalUrl: url.replace(/^https?:/, 'webcal:') };
};

/** Revokes a feed: its file goes, so its URL answers 403 from then on. Its selection can be shared again. */
export const revokeFeed = async (feedId: string, ports: SharingPorts, by: Actor) => {
  const feed = await requireFeed(feedId, ports);
  if (feed.status === 'revoked') return feed;
  const revoked: CalendarFeed = { ...feed, status: 'revoked', version: feed.version + 1 };
  await ports.files.removeFeed(feedId);
  const at = ports.planning.clock.now().toISOString();
  await ports.feeds.put(revoked, [], entryOfFeed('feed.revoked', feed, by.personId, at));
  return revoked;
};

export const requireFeed = async (feedId: string, ports: Pick<SharingPorts, 'feeds'>) => {
  const feed = await ports.feeds.get(feedId);
  if (!feed) throw new NotFoundError('feed', feedId);
  return feed;
};

/** A person's feed shows their classes' courses too: a change of a class's planning regenerates it. */
export const resourcesShown = async (
  selection: FeedSelection,
  ports: SharingPorts,
): Promise<FeedSelection[]> => {
  if (selection.kind !== 'person') return [selection];
  const classIds = await classesOfPerson(selection.id, ports.planning);
  return [selection, ...classIds.map((id) => ({ kind: 'class' as const, id }))];
};

/** The name of what is shared; an unknown id is refused, naming the field. */
export const selectionLabel = async (selection: FeedSelection, ports: SharingPorts) => {
  const { directory, projects } = ports.planning;
  const label = await (async () => {
    switch (selection.kind) {
      case 'place':
        return (await directory.places([selection.id]))[0]?.name;
      case 'person': {
        const [person] = await directory.people([selection.id]);
        return person && fullName(person);
      }
      case 'class':
        return (await directory.classes([selection.id]))[0]?.label;
      case 'project':
        return (await projects.get(selection.id))?.name;
      case 'equipment':
        return selection.id;
    }
  })();
  if (!label) throw new ValidationError('selection.id', `names no ${selection.kind} of this school`);
  return label;
};
