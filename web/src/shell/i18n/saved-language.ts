const storageKey = 'preau.language';

/**
 * The language a person chose with the switch of the banner, kept in this browser. A browser that refuses
 * storage (private mode, blocked cookies) simply forgets it.
 */
export const savedLanguage = (): string | undefined => {
  try {
    return globalThis.localStorage?.getItem(storageKey) ?? undefined;
  } catch {
    return undefined;
  }
};

export const saveLanguage = (language: string) => {
  try {
    globalThis.localStorage?.setItem(storageKey, language);
  } catch {
    // Not kept: the choice still holds until the page is left.
  }
};
