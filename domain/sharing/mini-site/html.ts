/**
 * Markup that is already safe. Only `html` makes one, so a planner's text can reach a page only through `escapeHtml`:
 * forgetting to escape takes an effort, not a slip.
 */
export class Html {
  constructor(readonly markup: string) {}

  toString() {
    return this.markup;
  }
}

/** What a template may hold: text (escaped), markup, lists of either; nothing at all is written for the rest. */
export type HtmlValue = string | number | Html | readonly HtmlValue[] | false | null | undefined;

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text as it reads, in an element or a quoted attribute: `<script>` comes out as the letters « <script> ». */
export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => entities[character] ?? character);

const markupOf = (value: HtmlValue): string => {
  if (value instanceof Html) return value.markup;
  if (Array.isArray(value)) return value.map(markupOf).join('');
  if (value === false || value === null || value === undefined) return '';
  return escapeHtml(String(value));
};

/** A template of markup whose values are escaped unless they are `Html` themselves. */
export const html = (strings: TemplateStringsArray, ...values: HtmlValue[]) =>
  new Html(strings.reduce((markup, literal, index) => markup + markupOf(values[index - 1]) + literal));
