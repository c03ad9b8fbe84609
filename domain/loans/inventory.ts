import * as z from 'zod/mini';
import type { Actor } from '#domain/identity/actor';
import { authorize } from '#domain/identity/authorize';
import { NotFoundError, StaleVersionError } from '#domain/shared/errors';
import { newEvent } from '#events/envelope';
import { itemChanged } from '#events/loans/loans-events';
import { changedFields, decideItem, itemOf } from './decide-item';
import {
  type Item,
  type ItemChange,
  type ItemFamily,
  type ItemInput,
  type ItemUpdate,
  itemFamilies,
  maxListPage,
  searchFolded,
} from './item';
import type { LoansPorts } from './loans-ports';

const school = { kind: 'school' } as const;

/** The event of a change, with the family it left when it moved: both catalogues are written again. */
export const itemChangedEvent = (
  change: ItemChange,
  previous: Item | undefined,
  ports: Pick<LoansPorts, 'school' | 'newId'>,
) =>
  newEvent(
    itemChanged,
    {
      itemId: change.item.itemId,
      family: change.item.family,
      ...(previous && previous.family !== change.item.family && { previousFamily: previous.family }),
      status: change.item.status,
      version: change.version,
      change:
        change.change === 'photo-added' || change.change === 'photo-removed' ? 'updated' : change.change,
      by: change.by,
    },
    { schoolId: ports.school.schoolId, newId: ports.newId, occurredAt: change.at },
  );

/**
 * Adds an item to the inventory: staff and the head of school.
 * 1. the form's rules (`decideItem`); 2. its first version, history line, guards, event and audit entry in one
 * transaction (a serial number the same maker's item already holds is refused: `409 serial_number_taken`).
 */
export const createItem = async (input: ItemInput, actor: Actor, ports: LoansPorts) => {
  await authorize(actor, 'loans:write', school, ports.relations);
  decideItem(input, undefined);
  const { itemId = ports.newId(), ...fields } = input;
  const at = ports.clock.now().toISOString();
  const item = itemOf(itemId, fields, { version: 1, at, by: actor.personId });
  const change: ItemChange = {
    version: 1,
    at,
    by: actor.personId,
    change: 'created',
    fields: changedFields(undefined, item),
    item,
  };
  await ports.inventory.save(change, undefined, [itemChangedEvent(change, undefined, ports)]);
  return item;
};

/** Changes an item on the version read (`412 stale_version` when someone saved since): a new line of history. */
export const updateItem = async (itemId: string, input: ItemUpdate, actor: Actor, ports: LoansPorts) => {
  await authorize(actor, 'loans:write', school, ports.relations);
  const previous = await ports.inventory.item(itemId);
  if (!previous) throw new NotFoundError('item', itemId);
  if (previous.version !== input.version) throw new StaleVersionError('item', itemId, input.version);
  decideItem(input, previous);
  const { version: _read, ...fields } = input;
  const at = ports.clock.now().toISOString();
  const version = previous.version + 1;
  const item = itemOf(itemId, fields, { version, at, by: actor.personId, previous });
  const change: ItemChange = {
    version,
    at,
    by: actor.personId,
    change: 'updated',
    fields: changedFields(previous, item),
    item,
  };
  await ports.inventory.save(change, previous, [itemChangedEvent(change, previous, ports)]);
  return item;
};

/** An item with its history (who changed what, when): whoever reads the inventory. */
export const readItem = async (itemId: string, actor: Actor, ports: LoansPorts) => {
  await authorize(actor, 'loans:read', school, ports.relations);
  const item = await ports.inventory.item(itemId);
  if (!item) throw new NotFoundError('item', itemId);
  const history = await ports.inventory.history(itemId);
  return {
    item,
    history: history.map(({ version, at, by, change, fields, loanId, servicing }) => ({
      version,
      at,
      by,
      change,
      fields,
      ...(loanId && { loanId }),
      ...(servicing && { servicing }),
    })),
  };
};

/** A family's items by kind, filtered by words of their kind, maker, model, serial number or place: one query. */
export const listItems = async (
  query: { family: Item['family']; q?: string; cursor?: string },
  actor: Actor,
  ports: LoansPorts,
) => {
  await authorize(actor, 'loans:read', school, ports.relations);
  const words = query.q ? searchFolded(query.q) : undefined;
  return ports.inventory.family(query.family, {
    ...(words && { words }),
    ...(query.cursor && { cursor: query.cursor }),
    limit: maxListPage,
  });
};

export const labelsQuerySchema = z.strictObject({
  family: z.enum(itemFamilies, `must be one of ${itemFamilies.join(', ')}`),
  /** Some of the family's items only, by id, comma-separated; all of them (but those retired) otherwise. */
  itemIds: z.optional(z.string().check(z.maxLength(4000, 'must be at most 4000 characters'))),
});

/** The items of a sheet of labels: a family's, or some of them (one query). */
export const itemsForLabels = async (
  query: { family: ItemFamily; itemIds?: string },
  actor: Actor,
  ports: LoansPorts,
) => {
  await authorize(actor, 'loans:read', school, ports.relations);
  const chosen = query.itemIds ? new Set(query.itemIds.split(',').map((id) => id.trim())) : undefined;
  const items = await ports.inventory.allOfFamily(query.family);
  return items.filter((item) => (chosen ? chosen.has(item.itemId) : item.status !== 'retired'));
};

/** The inventory, or one family of it, for a spreadsheet: one query per family. */
export const exportInventory = async (query: { family?: ItemFamily }, actor: Actor, ports: LoansPorts) => {
  await authorize(actor, 'loans:read', school, ports.relations);
  const families = query.family ? [query.family] : itemFamilies;
  const items: Item[] = [];
  for (const family of families) items.push(...(await ports.inventory.allOfFamily(family)));
  return items;
};
