import type { IdGenerator, SchoolContext } from '#domain/shared/ports';
import { type EventContract, newEvent, type OutgoingEvent } from '#events/envelope';
import type { PlaceSnapshot } from '#events/places/place-events';
import type { Place } from './place';

export const placeEvent = (
  contract: EventContract<PlaceSnapshot>,
  place: Place,
  ports: { newId: IdGenerator; school: SchoolContext },
): OutgoingEvent =>
  newEvent(contract, place, {
    newId: ports.newId,
    schoolId: ports.school.schoolId,
    occurredAt: place.updatedAt,
  });
