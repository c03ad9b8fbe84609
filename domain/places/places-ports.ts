import type { Clock, EventPublisher, IdGenerator, SchoolContext } from '../shared/ports';
import type { PlaceRepository } from './place-repository';

/** What every place use case is given: storage, the bus, time, ids and the school it works for. */
export interface PlacesPorts {
  places: PlaceRepository;
  publisher: EventPublisher;
  clock: Clock;
  newId: IdGenerator;
  school: SchoolContext;
}
