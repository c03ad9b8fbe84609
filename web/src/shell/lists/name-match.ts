/**
 * Whether a name matches what a reader typed in a name filter: each word typed is found in the name, in any
 * order, whatever the case and the accents (« anais » finds « Anaïs », « saint exu » « Saint-Exupéry »).
 */
export const matchesName = (name: string, typed: string) => {
  const words = fold(typed).split(/\s+/).filter(Boolean);
  const folded = fold(name);
  return words.every((word) => folded.includes(word));
};

/** Lower case, without accents, ligatures spelt out: how a name is compared with what is typed. */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replaceAll('œ', 'oe')
    .replaceAll('æ', 'ae');

/** How many items of a long list are shown at first, and added by each « show more ». */
export const listPageSize = 25;

/**
 * The items a long list shows: those whose name matches the filter, the first `shown` of them. `total` counts the
 * matching ones, so that the reader knows how many more there are.
 */
export const pageOfList = <Item>(
  items: readonly Item[],
  { typed, shown, nameOf }: { typed: string; shown: number; nameOf: (item: Item) => string },
) => {
  const matching = typed.trim() ? items.filter((item) => matchesName(nameOf(item), typed)) : items;
  return { items: matching.slice(0, shown), total: matching.length };
};
