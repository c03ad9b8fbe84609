import { randomUUID } from 'node:crypto';
import type { PlacesPorts } from '#domain/places/places-ports';
import { requireEnv } from '#functions/lib/env';
import { functionEnvironment } from '#infra/definitions/environment';
import { placeStore } from './place-store';

/** The ports of the handlers that change places: storage (with its outbox), the system clock, random ids. */
export const placesPorts: PlacesPorts = {
  places: placeStore,
  clock: { now: () => new Date() },
  newId: randomUUID,
  school: { schoolId: requireEnv(functionEnvironment.schoolId) },
};
