import { randomUUID } from 'node:crypto';
import type { SalesPorts } from '#domain/sales/sales-ports';
import { requireEnv } from '#functions/lib/env';
import { directory } from '#functions/people/adapters/directory';
import { dynamoPlaceRepository } from '#functions/places/adapters/dynamo-place-repository';
import { functionEnvironment } from '#infra/definitions/environment';
import { dynamoSales } from './dynamo-sales';

const tableName = requireEnv(functionEnvironment.tableName);
const places = dynamoPlaceRepository(tableName);

/** The ports of the sales handlers: this school's table, its places and directory, clock, ids, time zone. */
export const salesPorts: SalesPorts = {
  sales: dynamoSales(tableName),
  places: {
    async get(placeId) {
      const place = await places.get(placeId);
      return place
        ? { placeId: place.id, name: place.name, kind: place.kind, archived: place.status === 'archived' }
        : undefined;
    },
  },
  people: { exists: async (personId) => (await directory.person(personId)) !== undefined },
  relations: directory,
  clock: { now: () => new Date() },
  newId: randomUUID,
  school: {
    schoolId: requireEnv(functionEnvironment.schoolId),
    timeZone: requireEnv(functionEnvironment.timeZone),
  },
};
