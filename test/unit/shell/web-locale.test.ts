import { describe, expect, it } from 'vitest';
import { dictionariesAtHand } from '#web/src/shell/i18n/dictionaries';
import { chooseLocale, languages, loadLanguage } from '#web/src/shell/i18n/locale';
import { en, fr, messageModules } from '#web/src/shell/i18n/messages';

describe('the language of the web app', () => {
  it('speaks the language of the school when it knows it', () => {
    expect(chooseLocale('fr-FR', ['en-US'])).toEqual({ tag: 'fr-FR', messages: fr });
    expect(chooseLocale('en-GB', ['fr-FR'])).toEqual({ tag: 'en-GB', messages: en });
  });

  it('keeps the region of the school for numbers', () => {
    expect(chooseLocale('fr-CA').tag).toBe('fr-CA');
    expect(chooseLocale('fr_be').tag).toBe('fr-BE');
    expect(chooseLocale('fr').tag).toBe('fr-FR');
  });

  it('falls back on the browser languages, in their order, for a school it cannot speak to', () => {
    expect(chooseLocale('de-DE', ['es-ES', 'en-US', 'fr-FR'])).toEqual({ tag: 'en-US', messages: en });
    expect(chooseLocale(undefined, ['en'])).toEqual({ tag: 'en-GB', messages: en });
  });

  it('speaks French when nothing else fits', () => {
    expect(chooseLocale(undefined, [])).toEqual({ tag: 'fr-FR', messages: fr });
    expect(chooseLocale('de-DE', ['it-IT'])).toEqual({ tag: 'fr-FR', messages: fr });
    expect(chooseLocale('', [''])).toEqual({ tag: 'fr-FR', messages: fr });
  });

  it('ignores what is not a region, so that Intl never throws', () => {
    expect(chooseLocale('fr-x-private').tag).toBe('fr-FR');
    expect(() => new Intl.NumberFormat(chooseLocale('en-Latn-US').tag)).not.toThrow();
  });

  it('speaks the language the person chose, over the school and the browser', () => {
    expect(chooseLocale('fr-FR', ['fr-FR'], 'en')).toEqual({ tag: 'en-GB', messages: en });
    expect(chooseLocale('en-GB', ['en-US'], 'fr')).toEqual({ tag: 'fr-FR', messages: fr });
  });

  it('keeps the region of the school or the browser when they speak the chosen language', () => {
    expect(chooseLocale('fr-FR', ['de-DE', 'en-US'], 'en').tag).toBe('en-US');
    expect(chooseLocale('fr-CA', ['en-GB'], 'fr').tag).toBe('fr-CA');
  });

  it('forgets a chosen language it does not speak', () => {
    expect(chooseLocale('fr-FR', ['en-US'], 'de')).toEqual({ tag: 'fr-FR', messages: fr });
    expect(chooseLocale(undefined, ['en-US'], '')).toEqual({ tag: 'en-US', messages: en });
  });

  it('has an English twin for every French text', () => {
    const shape = (messages: object): unknown =>
      Object.fromEntries(
        Object.entries(messages).map(([key, value]) => [
          key,
          typeof value === 'object' ? shape(value) : typeof value,
        ]),
      );
    expect(shape(en)).toEqual(shape(fr));
  });

  it('gives each text to one module only, so that no module hides another’s words', () => {
    const owners = new Map<string, string[]>();
    for (const [module, { fr: words }] of Object.entries(messageModules))
      for (const key of Object.keys(words)) owners.set(key, [...(owners.get(key) ?? []), module]);
    const shared = [...owners].filter(([, modules]) => modules.length > 1);
    expect(shared).toEqual([]);
  });

  it('offers every language each module writes, and no other', () => {
    for (const module of Object.values(messageModules))
      expect(Object.keys(module).sort()).toEqual([...languages].sort());
  });

  it('speaks French while a chosen language is fetched, then the language once it has come', async () => {
    // The portal's build leaves English out of the entry script (infra/build/build-web.ts): it is fetched when chosen.
    delete dictionariesAtHand.en;
    try {
      expect(chooseLocale('fr-FR', ['en-US'], 'en')).toEqual({ tag: 'fr-FR', messages: fr, missing: 'en' });
      expect(chooseLocale('en-GB')).toEqual({ tag: 'fr-FR', messages: fr, missing: 'en' });
      expect(chooseLocale('fr-FR', ['en-US'])).toEqual({ tag: 'fr-FR', messages: fr });
      await loadLanguage('en');
      expect(chooseLocale('fr-FR', ['en-US'], 'en')).toEqual({ tag: 'en-US', messages: en });
      await expect(loadLanguage('de')).rejects.toThrow();
    } finally {
      dictionariesAtHand.en = en;
    }
  });
});
