import { en } from './en';
import { fr, type Messages } from './fr';

export interface Locale {
  /** The BCP 47 tag numbers are formatted with, e.g. fr-FR. */
  tag: string;
  messages: Messages;
}

const dictionaries: readonly Messages[] = [fr, en];

const dictionaryFor = (tag: string): Messages | undefined => {
  const language = tag.trim().toLowerCase().split(/[-_]/)[0];
  return dictionaries.find((messages) => messages.language === language);
};

const localeFor = (tag: string): Locale | undefined => {
  const messages = dictionaryFor(tag);
  if (!messages) return undefined;
  const region = tag.trim().split(/[-_]/)[1];
  const isRegion = region !== undefined && /^(?:[a-z]{2}|\d{3})$/i.test(region);
  return { tag: isRegion ? `${messages.language}-${region.toUpperCase()}` : messages.numberLocale, messages };
};

/**
 * The school's own locale wins when Préau speaks its language: names of rooms, people and courses are written in
 * it, and a page half in another language reads badly. The browser's languages come next (before the school is
 * known, or for a school whose language Préau lacks), and French last.
 */
export const chooseLocale = (
  schoolLocale: string | undefined,
  browserLanguages: readonly string[] = [],
): Locale => {
  for (const tag of [schoolLocale, ...browserLanguages]) {
    const locale = tag ? localeFor(tag) : undefined;
    if (locale) return locale;
  }
  return { tag: fr.numberLocale, messages: fr };
};

/** The languages the browser prefers, best first. */
export const browserLanguages = (): readonly string[] => {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
};
