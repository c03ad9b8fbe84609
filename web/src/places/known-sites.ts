import type { Place } from '#domain/places/place';

/**
 * The sites to offer in the site filter: every site seen so far, so that choosing one does not make the others
 * disappear from the list of choices. Sorted as the locale sorts words (accents after their letter).
 */
export const mergeSites = (
  known: readonly string[],
  places: readonly Pick<Place, 'site'>[],
  localeTag: string,
) => {
  const sites = new Set(known);
  for (const { site } of places) sites.add(site);
  if (sites.size === known.length) return known;
  const collator = new Intl.Collator(localeTag, { sensitivity: 'base', numeric: true });
  return [...sites].sort(collator.compare);
};
