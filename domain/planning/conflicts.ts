/** What an occurrence occupies: its time span and the places, people and equipment it holds. */
export interface Booking {
  activityId: string;
  startsAt: string;
  endsAt: string;
  placeIds: string[];
  personIds: string[];
  /** Pieces of equipment by their own id (the Steinway of the big hall), not by kind. */
  equipmentIds: string[];
}

export interface Conflict {
  activityId: string;
  resource: { kind: 'place' | 'person' | 'equipment'; id: string };
  /** The overlap, instants in UTC. */
  from: string;
  to: string;
}

/** Two spans overlap when each starts before the other ends: a course ending at 10:00 and one starting at 10:00 do not. */
export const overlaps = (a: { startsAt: string; endsAt: string }, b: { startsAt: string; endsAt: string }) =>
  Date.parse(a.startsAt) < Date.parse(b.endsAt) && Date.parse(b.startsAt) < Date.parse(a.endsAt);

/** Every resource a booking would hold at the same time as another booking, one conflict per resource and booking. */
export const conflictsOf = (candidate: Booking, others: readonly Booking[]): Conflict[] =>
  others
    .filter((other) => other.activityId !== candidate.activityId && overlaps(candidate, other))
    .flatMap((other) => {
      const from =
        Date.parse(candidate.startsAt) > Date.parse(other.startsAt) ? candidate.startsAt : other.startsAt;
      const to = Date.parse(candidate.endsAt) < Date.parse(other.endsAt) ? candidate.endsAt : other.endsAt;
      const shared = (kind: Conflict['resource']['kind'], mine: string[], theirs: string[]) =>
        mine
          .filter((id) => theirs.includes(id))
          .map((id) => ({ activityId: other.activityId, resource: { kind, id }, from, to }));
      return [
        ...shared('place', candidate.placeIds, other.placeIds),
        ...shared('person', candidate.personIds, other.personIds),
        ...shared('equipment', candidate.equipmentIds, other.equipmentIds),
      ];
    });
