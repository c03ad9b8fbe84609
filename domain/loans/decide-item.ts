import { ConflictError, ValidationError } from '#domain/shared/errors';
import { type Item, type ItemInput, type ItemUpdate, statusesSetByLoans } from './item';

type ItemFields = Omit<ItemInput, 'itemId'>;

/** The fields a change touched, by name: the history and the audit trail list them, never their values. */
export const changedFields = (before: Item | undefined, after: Item): string[] => {
  const names = [
    'family',
    'kind',
    'maker',
    'model',
    'serialNumber',
    'year',
    'valueCents',
    'condition',
    'location',
    'accessories',
    'status',
    'notes',
  ] as const;
  if (!before) return names.filter((name) => after[name] !== undefined);
  return names.filter((name) => JSON.stringify(before[name]) !== JSON.stringify(after[name]));
};

/**
 * The inventory's rules on an item's form:
 * 1. `on-loan` and `reserved` are the loans' to set (a request granted, an item handed over), never the form's;
 * 2. an item on loan or reserved keeps its status and family until it comes back (its borrower holds it);
 * 3. an item out of order is not offered: it cannot be `available`;
 * 4. the planning's equipment stays equipment, and an instrument never becomes equipment (activities name it).
 */
export const decideItem = (input: ItemFields | ItemUpdate, previous: Item | undefined): void => {
  const heldByLoans = previous !== undefined && statusesSetByLoans.includes(previous.status);
  if (heldByLoans && (input.status !== previous.status || input.family !== previous.family))
    throw new ConflictError(
      'item_on_loan',
      `Item ${previous.itemId} is ${previous.status}: it keeps its status`,
    );
  if (!heldByLoans && statusesSetByLoans.includes(input.status))
    throw new ValidationError('status', 'is set by the loans, not by the inventory', 'status_set_by_loans');
  if (input.condition === 'out-of-order' && input.status === 'available')
    throw new ValidationError(
      'status',
      'an item out of order is not available',
      'out_of_order_not_available',
    );
  if (previous && (previous.family === 'equipment') !== (input.family === 'equipment'))
    throw new ValidationError(
      'family',
      'equipment stays equipment, instruments stay instruments',
      'family_not_movable',
    );
};

/** An item as the form leaves it: optional fields absent when blank, the version and who saved it when. */
export const itemOf = (
  itemId: string,
  input: ItemFields,
  context: { version: number; at: string; by: string; sourceId?: string; previous?: Item },
): Item => {
  const { family, kind, condition, accessories, status } = input;
  const optional = {
    maker: input.maker,
    model: input.model,
    serialNumber: input.serialNumber,
    year: input.year,
    valueCents: input.valueCents,
    location: input.location,
    notes: input.notes || undefined,
    sourceId: context.sourceId ?? context.previous?.sourceId,
    onLoanUntil: context.previous?.onLoanUntil,
  };
  return {
    itemId,
    family,
    kind,
    condition,
    accessories,
    photos: context.previous?.photos ?? [],
    status,
    ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined)),
    version: context.version,
    updatedAt: context.at,
    updatedBy: context.by,
  };
};
