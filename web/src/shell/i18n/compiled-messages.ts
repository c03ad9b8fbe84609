import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';

/** ICU messages parsed when the portal is built, by template: the portal's bundle carries no parser. */
export type CompiledMessages = Record<string, MessageFormatElement[]>;

/** Placeholders `{name}` and nothing else of ICU: no plural, select, number, quote. */
const simplePlaceholder = /\{\s*(\w+)\s*\}/g;

/**
 * Whether a template is plain text with `{name}` placeholders only: it is filled as ICU would (each value as a
 * string), without parsing. Anything else of ICU (`{count, plural, …}`, a quote, `#`) needs the parser, or the
 * message compiled at build time.
 */
export const isSimpleTemplate = (template: string) =>
  !template.includes("'") && !/[{}]/.test(template.replace(simplePlaceholder, ''));

/**
 * Fills a simple template, as IntlMessageFormat would; undefined when a placeholder has no value (ICU's error is
 * then the full formatter's to raise).
 */
export const fillSimple = (template: string, values: Record<string, string | number>): string | undefined => {
  let missing = false;
  const filled = template.replace(simplePlaceholder, (_, name: string) => {
    if (!Object.hasOwn(values, name)) missing = true;
    return String(values[name]);
  });
  return missing ? undefined : filled;
};

/** Every text of a set of messages (nested objects of strings) that needs ICU's parser. */
export const icuTemplatesOf = (messages: object): string[] => {
  const found = new Set<string>();
  const visit = (value: unknown) => {
    if (typeof value === 'string') {
      if (!isSimpleTemplate(value)) found.add(value);
    } else if (value && typeof value === 'object') {
      for (const inner of Object.values(value)) visit(inner);
    }
  };
  visit(messages);
  return [...found];
};
