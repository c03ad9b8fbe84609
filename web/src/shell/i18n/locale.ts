import { en, fr, type Messages } from './messages';

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
 * The language the person chose in the portal wins: they said so. Then the school's own locale, when Préau speaks
 * its language: names of rooms, people and courses are written in it, and a page half in another language reads
 * badly. The browser's languages come next (before the school is known, or for a school whose language Préau
 * lacks), and French last. A chosen language keeps the region of the school or the browser when they speak it.
 */
export const chooseLocale = (
  schoolLocale: string | undefined,
  browserLanguages: readonly string[] = [],
  savedLanguage?: string,
): Locale => {
  const saved = savedLanguage ? dictionaryFor(savedLanguage) : undefined;
  for (const tag of [schoolLocale, ...browserLanguages]) {
    const locale = tag ? localeFor(tag) : undefined;
    if (locale && (!saved || locale.messages === saved)) return locale;
  }
  const messages = saved ?? fr;
  return { tag: messages.numberLocale, messages };
};

/** The languages Préau speaks, by their code: what the language switch offers. */
export const languages = dictionaries.map(({ language }) => language);

/** The languages the browser prefers, best first. */
export const browserLanguages = (): readonly string[] => {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
};
