import type { PlanningDirectory } from '../../../domain/planning/planning-ports';
import { classKeys, personKeys, placeKeys } from '../../../infra/definitions/school-table';
import { batchGet } from '../../lib/batch-get';
import { queryPartition } from '../../lib/query-all';
import { fromClassItem, fromPersonItem } from '../../people/adapters/person-item';
import { fromPlaceItem } from '../../places/adapters/place-item';

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
