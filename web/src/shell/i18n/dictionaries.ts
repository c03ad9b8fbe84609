import type { CompiledMessages } from './compiled-messages';
import { en, fr, type Messages } from './messages';

/**
 * The portal's words by language, and their ICU messages parsed. Here, unbundled (unit tests, tsx), every language
 * is at hand and messages are parsed as they are first formatted. The build replaces this file
 * (infra/build/build-web.ts, `wordsInChunks`) by one with the same exports that holds the French words and their
 * parsed messages in the entry script, as JSON, and fetches each other language in a chunk of its own, only when a
 * reader speaks it: the entry script no longer carries every word twice.
 */
const everyLanguage: Partial<Record<string, Messages>> = { fr, en };

/** The words at hand, by language; `loadLanguage` (locale.ts) adds those it fetches. */
export const dictionariesAtHand: Partial<Record<string, Messages>> = { ...everyLanguage };

/** Parsed ICU messages by template (format.ts reads them); a fetched language adds its own. */
export const compiledTemplates: CompiledMessages = {};

/** Fetches the words of a language (and its parsed messages); undefined for a language Préau does not speak. */
export const fetchDictionary = async (language: string): Promise<Messages | undefined> =>
  everyLanguage[language];
