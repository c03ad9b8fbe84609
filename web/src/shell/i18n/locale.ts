import { dictionariesAtHand, fetchDictionary } from './dictionaries';
import type { Messages } from './messages';

export interface Locale {
  /** The BCP 47 tag numbers are formatted with, e.g. fr-FR. */
  tag: string;
  messages: Messages;
  /**
   * The language chosen when its words are not at hand yet (the build fetches English in a chunk of its own): the
   * locale speaks French meanwhile, and `loadLanguage(missing)` fetches them.
   */
  missing?: string;
}

/** The languages Préau speaks, by their code (each module's `messages.ts` has `fr` and `en`): what the switch offers. */
export const languages: readonly string[] = ['fr', 'en'];

const languageOf = (tag: string): string | undefined => {
  const language = tag.trim().toLowerCase().split(/[-_]/)[0];
  return language && languages.includes(language) ? language : undefined;
};

/** The tag of a language with the region of the school or the browser, else the language's own (`numberLocale`). */
const tagFor = (messages: Messages, tag?: string) => {
  const region = tag?.trim().split(/[-_]/)[1];
  const isRegion = region !== undefined && /^(?:[a-z]{2}|\d{3})$/i.test(region);
  return isRegion ? `${messages.language}-${region.toUpperCase()}` : messages.numberLocale;
};

const french = (): Messages => {
  const messages = dictionariesAtHand.fr;
  if (!messages) throw new Error('The French words are part of the entry script');
  return messages;
};

const localeOf = (language: string, tag?: string): Locale => {
  const messages = dictionariesAtHand[language];
  if (messages) return { tag: tagFor(messages, tag), messages };
  return { tag: french().numberLocale, messages: french(), missing: language };
};

/**
 * The language the person chose in the portal wins: they said so. Then the school's own locale, when Préau speaks
 * its language: names of rooms, people and courses are written in it, and a page half in another language reads
 * badly. The browser's languages come next (before the school is known, or for a school whose language Préau
 * lacks), and French last. A chosen language keeps the region of the school or the browser when they speak it.
 * A language whose words are still to be fetched is spoken in French until they come (`missing`).
 */
export const chooseLocale = (
  schoolLocale: string | undefined,
  browserLanguages: readonly string[] = [],
  savedLanguage?: string,
): Locale => {
  const saved = savedLanguage ? languageOf(savedLanguage) : undefined;
  for (const tag of [schoolLocale, ...browserLanguages]) {
    const language = tag ? languageOf(tag) : undefined;
    if (language && (!saved || language === saved)) return localeOf(language, tag);
  }
  return localeOf(saved ?? 'fr');
};

/** Fetches a language's words, once: the next `chooseLocale` speaks it. Rejects when they cannot be downloaded. */
export const loadLanguage = async (language: string): Promise<void> => {
  if (dictionariesAtHand[language]) return;
  const messages = await fetchDictionary(language);
  if (!messages) throw new Error(`No words in ${language}`);
  dictionariesAtHand[language] = messages;
};

/** The languages the browser prefers, best first. */
export const browserLanguages = (): readonly string[] => {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
};
