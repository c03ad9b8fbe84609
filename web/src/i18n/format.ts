import type { Equipment, Place } from '../../../domain/places/place';
import type { CountForms } from './fr';
import type { Locale } from './locale';

export type Format = ReturnType<typeof createFormat>;

/** The words and numbers of a page in one locale: labels of kinds and equipment, counts with their plural. */
export const createFormat = ({ tag, messages }: Locale) => {
  const numbers = new Intl.NumberFormat(tag);
  const plurals = new Intl.PluralRules(tag);
  const count = (forms: CountForms, value: number) =>
    forms[plurals.select(value) === 'one' ? 'one' : 'other'].replace('{count}', numbers.format(value));
  const equipmentName = (type: string) =>
    Object.hasOwn(messages.equipment, type)
      ? messages.equipment[type as keyof typeof messages.equipment]
      : type;

  return {
    localeTag: tag,
    messages,
    placeCount: (value: number) => count(messages.placeCount, value),
    capacity: (value: number) => count(messages.capacity, value),
    /** A kind the API may add before the web app knows it is shown as it is. */
    kind: (kind: string) =>
      Object.hasOwn(messages.kinds, kind) ? messages.kinds[kind as Place['kind']] : kind,
    equipment: ({ type, quantity }: Equipment) => `${equipmentName(type)} ×${numbers.format(quantity)}`,
    /** Where a place is, from the largest to the smallest: site, then building. */
    location: ({ site, building }: Pick<Place, 'site' | 'building'>) =>
      building ? `${site} · ${building}` : site,
    loadError: (reason: string) => messages.loadError.replace('{reason}', reason),
    httpError: (status: number) => messages.httpError.replace('{status}', String(status)),
  };
};
