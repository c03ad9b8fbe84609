import type { Clock, IdGenerator, SchoolContext } from '#domain/shared/ports';
import type { PlaceRepository } from './place-repository';

/**
 * What every place use case is given: storage, time, ids and the school it works for. Events are stored with
 * the change they announce (an outbox), and reach the bus from there.
 */
export interface PlacesPorts {
  places: PlaceRepository;
  clock: Clock;
  newId: IdGenerator;
  school: SchoolContext;
}
