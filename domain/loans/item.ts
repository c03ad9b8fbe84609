import * as z from 'zod/mini';
import { idSchema } from '#domain/shared/input-types';
import { text } from '#domain/shared/text-input';

/**
 * The inventory of a conservatoire's instruments and equipment: each item with its family and kind, its maker,
 * model and serial number, its value, condition and place, its accessories (a kit: case, bow…), its status and its
 * history. The planning's pieces of equipment (the hall's grand piano, a projector) are items of the `equipment`
 * family under the very ids activities name, so its conflicts keep working on them.
 */

import {
  type ItemCondition,
  type ItemFamily,
  type ItemStatus,
  itemConditions,
  itemFamilies,
  itemStatuses,
} from './item-values';

export * from './item-values';

export interface ItemPhoto {
  photoId: string;
  contentType: 'image/jpeg' | 'image/png';
}

export interface Item {
  itemId: string;
  family: ItemFamily;
  /** What it is, as people say it: « violon 3/4 », « hautbois baroque », « piano à queue ». */
  kind: string;
  maker?: string;
  model?: string;
  serialNumber?: string;
  year?: number;
  /** Its value in euro cents, for the loan form and the insurance. */
  valueCents?: number;
  condition: ItemCondition;
  location?: string;
  /** The accessories that go with it, lent with it: « étui », « archet ». */
  accessories: string[];
  photos: ItemPhoto[];
  status: ItemStatus;
  /** Until when it is lent, once the loans say so: the catalogue's « en prêt jusqu’au … ». */
  onLoanUntil?: string;
  notes?: string;
  /** The id of the line it came from in a school's spreadsheet, so that importing it again creates nothing. */
  sourceId?: string;
  version: number;
  updatedAt: string;
  updatedBy: string;
}

/** One change of an item, kept under it: who, when, which fields; the item as it became. */
export interface ItemChange {
  version: number;
  at: string;
  by: string;
  /** `lent`, `returned`, `servicing`: the loans' moves (L2 loan form), each naming its loan; a photo added or removed
   * is a change of its own (« photo ajoutée »), an `updated` one for the bus. */
  change:
    | 'created'
    | 'updated'
    | 'imported'
    | 'lent'
    | 'returned'
    | 'servicing'
    | 'photo-added'
    | 'photo-removed';
  fields: string[];
  item: Item;
  loanId?: string;
  /** The servicing ticket a return opened: its id and what the check found. */
  servicing?: { ticketId: string; notes?: string };
}

export const maxAccessories = 20;
/** The most an item is worth, in cents: ten million euros (a Stradivarius is insured elsewhere). */
export const maxValueCents = 1_000_000_000;

const optionalText = (max: number) => z.optional(text(max));

/** What staff type in the item's form: everything but its id, status set by the loans, version and history. */
const itemFieldsSchema = z.strictObject({
  family: z.enum(itemFamilies, `must be one of ${itemFamilies.join(', ')}`),
  kind: text(120),
  maker: optionalText(120),
  model: optionalText(120),
  serialNumber: optionalText(80),
  year: z.optional(
    z
      .int('must be a year')
      .check(z.gte(1500, 'must be 1500 or later'), z.lte(2100, 'must be 2100 or earlier')),
  ),
  valueCents: z.optional(
    z
      .int('must be an amount in cents')
      .check(z.gte(0, 'must not be negative'), z.lte(maxValueCents, `must be at most ${maxValueCents}`)),
  ),
  condition: z._default(z.enum(itemConditions, `must be one of ${itemConditions.join(', ')}`), 'good'),
  location: optionalText(200),
  accessories: z._default(
    z.array(text(120)).check(z.maxLength(maxAccessories, `must list at most ${maxAccessories} accessories`)),
    [],
  ),
  status: z._default(z.enum(itemStatuses, `must be one of ${itemStatuses.join(', ')}`), 'available'),
  notes: z.optional(z.string().check(z.trim(), z.maxLength(2000, 'must be at most 2000 characters'))),
});

/**
 * A new item. `itemId` is for the planning's equipment, whose ids activities already name (« steinway-auditorium »);
 * others get a fresh id.
 */
export const itemInputSchema = z.strictObject({ ...itemFieldsSchema.shape, itemId: z.optional(idSchema) });
export type ItemInput = z.output<typeof itemInputSchema>;

/** A change of an item: the whole form again, on the version read. */
export const itemUpdateSchema = z.strictObject({
  ...itemFieldsSchema.shape,
  version: z.int('must be the version you read').check(z.gte(1, 'must be the version you read')),
});
export type ItemUpdate = z.output<typeof itemUpdateSchema>;

export const maxListPage = 100;

export const itemListQuerySchema = z.strictObject({
  family: z.enum(itemFamilies, `must be one of ${itemFamilies.join(', ')}`),
  /** Words of its kind, maker, model or serial number, in any case and with or without accents. */
  q: z.optional(z.string().check(z.trim(), z.maxLength(80, 'must be at most 80 characters'))),
  cursor: z.optional(z.string().check(z.maxLength(1000, 'must be at most 1000 characters'))),
});

export const itemExportQuerySchema = z.strictObject({
  family: z.optional(z.enum(itemFamilies, `must be one of ${itemFamilies.join(', ')}`)),
});

/** Lower case, without accents or repeated spaces: how a filter matches « Violoncelle » with « violoncelle ». */
export const searchFolded = (value: string) =>
  value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/** The words an item is found by. */
export const searchTextOf = (item: Pick<Item, 'kind' | 'maker' | 'model' | 'serialNumber' | 'location'>) =>
  searchFolded(
    [item.kind, item.maker, item.model, item.serialNumber, item.location].filter(Boolean).join(' '),
  );

/**
 * A serial number as the guard against counting an instrument twice compares it: the same maker's serial in any
 * case, spaces and dashes aside (« SN 12-345 » is « sn12345 »). Two makers may use the same numbers.
 */
export const serialKeyOf = (item: Pick<Item, 'maker' | 'serialNumber'>) =>
  item.serialNumber
    ? `${searchFolded(item.maker ?? '').replace(/[\s-]/g, '')}|${searchFolded(item.serialNumber).replace(/[\s-]/g, '')}`
    : undefined;
