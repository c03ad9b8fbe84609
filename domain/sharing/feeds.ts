import { entryOfFeed } from '#domain/audit/audit-entries';
import { type AuditParty, personParty } from '#domain/audit/audit-entry';
import type { Actor } from '#domain/identity/actor';
import { fullName } from '#domain/identity/actor';
import { schoolYearSpan } from '#domain/shared/calendar/school-year-span';
import { todayInZone } from '#domain/shared/calendar/today-in-zone';
import { NotFoundError, ValidationError } from '#domain/shared/errors';
import type { CalendarFeed, FeedSelection } from './calendar-feed';
import { skippingUnreadable } from './readable-entries';
import { classesOfPerson } from './shared-entries';
import type { NewFeed } from './sharing-input';
import type { SharingPorts } from './sharing-ports';

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
    name:
      input.name ?? `${input.selection.kind === 'instrument-family' ? 'Instruments' : 'Planning'} — ${label}`,
    selection: input.selection,
    createdBy: { personId: actor.personId, name: fullName(actor) },
    createdAt: now.toISOString(),
    status: 'active',
    expiresAt: schoolYearSpan(todayInZone(now, school.timeZone), school.timeZone).expiresAt,
    version: 1,
  };
  // The calendar writer (ical-generator, Luxon, the zones' rules) is loaded by the one route that writes a file:
  // listing or signing feeds again never pays for it at a cold start.
  const { feedIcs } = await import('./feed-ics');
  await ports.files.putFeed(feed.feedId, await feedIcs(feed, skippingUnreadable(ports)));
  const published = entryOfFeed('feed.published', feed, personParty(actor.personId), feed.createdAt);
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

/**
 * Revokes a feed, for good: (1) its record turns revoked by a conditional write, with its audit entry in the same
 * transaction, from which moment no regeneration leaves a file behind (see write-while-active.ts); (2) then its
 * file goes, so its URL answers 403. Revoking a revoked feed answers the same and deletes the file again: a
 * revocation cut short finishes. Its selection can be shared again, with a new link. Without `by`, the school
 * revokes it itself (its maker may no longer take it).
 */
export const revokeFeed = async (
  feedId: string,
  ports: Pick<SharingPorts, 'feeds' | 'files' | 'planning' | 'school'>,
  by?: Actor,
) => {
  const feed = await ports.feeds.get(feedId);
  if (!feed) throw new NotFoundError('feed', feedId);
  const at = ports.planning.clock.now().toISOString();
  const revoked = await ports.feeds.revoke(
    feedId,
    entryOfFeed('feed.revoked', feed, revokedBy(by, ports), at),
  );
  if (!revoked) throw new NotFoundError('feed', feedId);
  await ports.files.removeFeed(feedId);
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
      case 'instrument-family':
        return ports.instrumentFamilies?.label(selection.id);
    }
  })();
  if (!label)
    throw new ValidationError('selection.id', `names no ${selection.kind} of this school`, 'unknown_id');
  return label;
};

/** Who revokes: the person who asked, or the school itself when a regeneration finds the maker lost the right. */
const revokedBy = (by: Actor | undefined, ports: Pick<SharingPorts, 'school'>): AuditParty =>
  by ? personParty(by.personId) : { kind: 'school', id: ports.school.schoolId };
