import { importRequested, schoolYearSwitchRequested } from './imports/import-events';
import { placeArchived, placeCreated, placeRestored, placeUpdated } from './places/place-events';

/** Every event Préau publishes: the open event catalog other tools subscribe to. */
export const eventCatalog = [
  placeCreated,
  placeUpdated,
  placeArchived,
  placeRestored,
  importRequested,
  schoolYearSwitchRequested,
] as const;
