/**
 * The words of an item the portal needs too (families, conditions, statuses), apart from the schemas: the
 * portal's pages import them without zod.
 */

/**
 * The families, fixed: each is a public catalogue at a stable address (`/s/instruments/<slug>/`), which a school
 * links from its website; a school-editable list would let a rename break those links. `equipment` is the
 * planning's and is never published.
 */
export const itemFamilies = [
  'strings',
  'winds',
  'brass',
  'percussion',
  'keyboards',
  'early-music',
  'voice',
  'equipment',
] as const;
export type ItemFamily = (typeof itemFamilies)[number];

/** The address of each family's catalogue, in French: `/s/instruments/cordes/`. */
export const familySlugs: Record<ItemFamily, string> = {
  strings: 'cordes',
  winds: 'bois',
  brass: 'cuivres',
  percussion: 'percussions',
  keyboards: 'claviers',
  'early-music': 'musique-ancienne',
  voice: 'voix',
  equipment: 'equipement',
};

/** The families a public catalogue shows: every one but the planning's equipment. */
export const catalogueFamilies = itemFamilies.filter((family) => family !== 'equipment');

export const itemConditions = ['new', 'good', 'fair', 'poor', 'out-of-order'] as const;
export type ItemCondition = (typeof itemConditions)[number];

export const itemStatuses = ['available', 'on-loan', 'reserved', 'in-servicing', 'retired'] as const;
export type ItemStatus = (typeof itemStatuses)[number];

/** The statuses the loans set (a request granted, an item handed over), never the inventory's form. */
export const statusesSetByLoans: readonly ItemStatus[] = ['on-loan', 'reserved'];
