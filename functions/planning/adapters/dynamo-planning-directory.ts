import type { PlanningDirectory } from '#domain/planning/planning-ports';
import { batchGet } from '#functions/lib/batch-get';
import { queryPartition } from '#functions/lib/query-all';
import { fromClassItem, fromPersonItem } from '#functions/people/adapters/person-item';
import { fromPlaceItem } from '#functions/places/adapters/place-item';
import { classKeys, personKeys, placeKeys } from '#infra/definitions/school-table';

export const dynamoPlanningDirectory = (tableName: string): PlanningDirectory => ({
  async places(placeIds) {
    return (await batchGet(tableName, [...new Set(placeIds)].map(placeKeys.item))).map(fromPlaceItem);
  },
  async activePlaces() {
    return (await queryPartition(tableName, placeKeys.byStatus('active'))).map(fromPlaceItem);
  },
  async people(personIds) {
    return (await batchGet(tableName, [...new Set(personIds)].map(personKeys.item))).map(fromPersonItem);
  },
  async classes(classIds) {
    return (await batchGet(tableName, [...new Set(classIds)].map(classKeys.item))).map(fromClassItem);
  },
});
