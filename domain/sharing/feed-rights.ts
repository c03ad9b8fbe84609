import type { Actor } from '#domain/identity/actor';
import { authorize, type Relations } from '#domain/identity/authorize';
import { AccessDeniedError } from '#domain/shared/errors';
import type { CalendarFeed, FeedSelection } from './calendar-feed';
import type { SharingPorts } from './sharing-ports';

/**
 * Who may take a feed of a selection: of a person, that person, their family or the planners (`feeds:person`);
 * of an instrument family's availability, those who keep the loans (`loans:write`); of anything else, the planners
 * (`sharing:publish`). Checked when the feed is made, and again at every
 * regeneration, since the feed lives on in a calendar app, outside the portal and its sign-in.
 */
export const authorizeFeed = (actor: Actor, selection: FeedSelection, relations: Relations) => {
  if (selection.kind === 'person')
    return authorize(actor, 'feeds:person', { kind: 'person', personId: selection.id }, relations);
  if (selection.kind === 'instrument-family')
    return authorize(actor, 'loans:write', { kind: 'school' }, relations);
  return authorize(actor, 'sharing:publish', { kind: 'school' }, relations);
};

/**
 * Whether the feed's maker still holds the right they made it with, as the directory says now: a guardian whose
 * parental rights were withdrawn, a pupil who left (retired from the directory) or a planner no longer one do not.
 */
export const makerMayStillTake = async (
  feed: CalendarFeed,
  ports: Pick<SharingPorts, 'planning' | 'relations'>,
): Promise<boolean> => {
  const [maker] = await ports.planning.directory.people([feed.createdBy.personId]);
  if (!maker || maker.status === 'retired') return false;
  const actor: Actor = { ...maker, username: '' };
  try {
    await authorizeFeed(actor, feed.selection, ports.relations);
    return true;
  } catch (error) {
    if (error instanceof AccessDeniedError) return false;
    throw error;
  }
};
