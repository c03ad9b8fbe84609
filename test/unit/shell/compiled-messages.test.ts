import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { compiledMessages } from '#infra/build/build-web';
import { fillSimple, isSimpleTemplate } from '#web/src/shell/i18n/compiled-messages';
import { createFormat } from '#web/src/shell/i18n/format';
import { chooseLocale } from '#web/src/shell/i18n/locale';
import { en, fr } from '#web/src/shell/i18n/messages';

const leavesOf = (messages: object): string[] =>
  Object.values(messages).flatMap((value) =>
    typeof value === 'string' ? [value] : value && typeof value === 'object' ? leavesOf(value) : [],
  );
const templates = [...new Set([...leavesOf(fr), ...leavesOf(en)])];

describe('the portal’s messages, parsed when it is built', () => {
  const compiled = compiledMessages();

  it('holds every message that needs ICU, as IntlMessageFormat parses it in each language', () => {
    const needing = templates.filter((template) => !isSimpleTemplate(template));
    expect(needing.length).toBeGreaterThan(20);
    expect(Object.keys(compiled).sort()).toEqual(needing.sort());
    for (const tag of ['fr-FR', 'en-GB']) {
      for (const template of needing) {
        const parsed = new IntlMessageFormat(template, tag, undefined, { ignoreTag: true }).getAst();
        expect(compiled[template], template).toEqual(parsed);
      }
    }
  });

  it('fills the other messages, plain text with {name} placeholders, exactly as ICU would', () => {
    const simple = templates.filter((template) => isSimpleTemplate(template) && template.includes('{'));
    expect(simple.length).toBeGreaterThan(100);
    for (const template of simple) {
      const names = [...template.matchAll(/\{\s*(\w+)\s*\}/g)].map(([, name]) => name as string);
      const values = Object.fromEntries(names.map((name, index) => [name, index % 2 ? 1234 : 'Anaïs']));
      const icu = new IntlMessageFormat(template, 'fr-FR', undefined, { ignoreTag: true }).format(values);
      expect(fillSimple(template, values), template).toBe(icu);
    }
    expect(fillSimple('Bonjour {firstName}', {})).toBeUndefined();
  });

  it('formats through the same function with or without the parser at hand', () => {
    const french = createFormat(chooseLocale('fr-FR'));
    expect(french.message(fr.home.dayOf, { name: 'Anaïs' })).toBe('La journée d’Anaïs');
    expect(french.message(fr.home.dayOf, { name: 'Paul' })).toBe('La journée de Paul');
    expect(french.message('Bonjour {firstName}', { firstName: 'Inès' })).toBe('Bonjour Inès');
    expect(isSimpleTemplate('{count, plural, one {# élève} other {# élèves}}')).toBe(false);
    expect(isSimpleTemplate("Don't {name}")).toBe(false);
  });
});
