import type { Actor } from '#domain/identity/actor';
import { authorize } from '#domain/identity/authorize';
import type { CalendarFeed } from '#domain/sharing/calendar-feed';
import { directory } from '#functions/people/adapters/directory';

/** Who made a feed manages it; planners manage every feed. */
export const mayManageFeed = async (actor: Actor, feed: CalendarFeed) => {
  if (feed.createdBy.personId === actor.personId) return;
  await authorize(actor, 'sharing:publish', { kind: 'school' }, directory);
};
