import * as z from 'zod/mini';
import { pageLimitSchema } from '#domain/shared/input-types';
import { text } from '#domain/shared/text-input';
import { placeKinds } from './place';

// zod/mini, not classic zod: the same library, a tenth of the weight in every function that validates input.

const wholeNumber = (min: number, max: number, tooSmall: string, tooLarge: string) =>
  z.int('must be a whole number').check(z.gte(min, tooSmall), z.lte(max, tooLarge));

const equipmentSchema = z.strictObject({
  type: z
    .string()
    .check(
      z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase code such as grand-piano'),
      z.maxLength(40, 'must be at most 40 characters'),
    ),
  quantity: wholeNumber(1, 999, 'must be at least 1', 'must be at most 999'),
});

const equipmentListSchema = z.array(equipmentSchema).check(
  z.maxLength(50, 'must list at most 50 kinds of equipment'),
  z.refine((items) => new Set(items.map(({ type }) => type)).size === items.length, 'lists a type twice'),
);

const kindSchema = z.enum(placeKinds, `must be one of ${placeKinds.join(', ')}`);
const capacitySchema = wholeNumber(0, 100_000, 'must not be negative', 'is too large');
const bookableSchema = z.boolean('must be true or false');

export const newPlaceSchema = z.strictObject({
  name: text(120),
  kind: kindSchema,
  capacity: capacitySchema,
  equipment: z._default(equipmentListSchema, []),
  site: text(120),
  building: z.optional(text(120)),
  address: z.optional(text(300)),
  bookable: z._default(bookableSchema, false),
});

export type NewPlace = z.output<typeof newPlaceSchema>;

/** A change names only the fields it changes; `null` clears an optional field. */
export const placeChangesSchema = z
  .strictObject({
    name: z.optional(text(120)),
    kind: z.optional(kindSchema),
    capacity: z.optional(capacitySchema),
    equipment: z.optional(equipmentListSchema),
    site: z.optional(text(120)),
    building: z.optional(z.nullable(text(120))),
    address: z.optional(z.nullable(text(300))),
    bookable: z.optional(bookableSchema),
  })
  .check(z.refine((changes) => Object.keys(changes).length > 0, 'must change at least one field'));

export type PlaceChanges = z.output<typeof placeChangesSchema>;

export const placeListQuerySchema = z.strictObject({
  kind: z.optional(kindSchema),
  site: z.optional(text(120)),
  status: z._default(z.enum(['active', 'archived'], 'must be active or archived'), 'active'),
  limit: pageLimitSchema(500, 200),
  cursor: z.optional(z.string().check(z.maxLength(2000))),
});

export type PlaceListQuery = z.output<typeof placeListQuerySchema>;
