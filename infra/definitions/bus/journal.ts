import { placesSource } from '#events/places/place-events';
import type { ModuleBus } from './bus-target';

export const journalBus: ModuleBus = {
  module: 'journal',
  rules: [
    {
      name: 'journal-place-changes',
      description: 'Keeps every change of a place in the school journal',
      pattern: { source: [placesSource], 'detail-type': [{ prefix: 'Place' }] },
      target: { handler: 'journal/record-change', needs: { table: 'readWrite' } },
    },
  ],
};
