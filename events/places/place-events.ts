import * as z from 'zod/mini';
import { defineEvent } from '#events/envelope';

export const placesSource = 'preau.places';

export const placeSnapshotSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  capacity: z.int(),
  equipment: z.array(z.strictObject({ type: z.string(), quantity: z.int() })),
  site: z.string(),
  building: z.optional(z.string()),
  address: z.optional(z.string()),
  bookable: z.boolean(),
  status: z.enum(['active', 'archived']),
  version: z.int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export type PlaceSnapshot = z.infer<typeof placeSnapshotSchema>;

const placeChange = (detailType: string, description: string) =>
  defineEvent({
    source: placesSource,
    detailType,
    version: '1',
    description,
    dataSchema: placeSnapshotSchema,
  });

export const placeCreated = placeChange('PlaceCreated', 'A place was created; data is the new place.');
export const placeUpdated = placeChange(
  'PlaceUpdated',
  'Fields of a place changed; data is the place after.',
);
export const placeArchived = placeChange(
  'PlaceArchived',
  'A place was archived; data is the archived place.',
);
export const placeRestored = placeChange('PlaceRestored', 'An archived place is active again.');

/** Every change of a place, as the school journal takes them. */
export const placeChanges = [placeCreated, placeUpdated, placeArchived, placeRestored] as const;
