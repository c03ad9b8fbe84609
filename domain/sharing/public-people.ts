import { isPupil, type PersonVisibility, publicVisibility } from '#domain/identity/person-visibility';
import { RefusedError } from '#domain/shared/errors';
import type { CalendarFeed, FeedSelection } from './calendar-feed';
import type { SharingPorts } from './sharing-ports';

/**
 * Whom a public output (a calendar feed, a mini-site) may name: adults (teachers, staff, guest artists), never a
 * pupil, except in a pupil's own feed taken by that pupil or one of their guardians. Whoever holds the link reads
 * it, outside the portal and its rights.
 */
export const feedVisibility = async (
  feed: Pick<CalendarFeed, 'selection' | 'createdBy'>,
  personIds: Iterable<string>,
  ports: Pick<SharingPorts, 'planning' | 'relations'>,
): Promise<PersonVisibility> => {
  const { selection, createdBy } = feed;
  const ownFeed =
    selection.kind === 'person' &&
    (createdBy.personId === selection.id ||
      (await ports.relations.isGuardianOf(createdBy.personId, selection.id)));
  const shown = selection.kind === 'person' ? [selection.id, ...personIds] : personIds;
  return publicVisibility(shown, ports.planning.directory, ownFeed ? selection.id : undefined);
};

/** A mini-site names no pupil: the people of its tabs, and the person a planning tab is of. */
export const miniSiteVisibility = (personIds: Iterable<string>, ports: Pick<SharingPorts, 'planning'>) =>
  publicVisibility(personIds, ports.planning.directory);

/** A mini-site is for people without an account: a pupil's planning, hour by hour, is never one of its tabs. */
export const refusePupilPlanning = async (
  resource: FeedSelection,
  field: string,
  ports: Pick<SharingPorts, 'planning'>,
) => {
  if (resource.kind !== 'person') return;
  const [person] = await ports.planning.directory.people([resource.id]);
  if (person && isPupil(person))
    throw new RefusedError(
      'pupil_planning_not_public',
      `${field}: a mini-site never shows a pupil's planning; share it as the pupil's own calendar feed`,
    );
};
