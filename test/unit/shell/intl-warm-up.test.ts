import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { dateTimeOptions, intlWarmUpCode, intlWarmUpScript } from '#web/src/shell/i18n/intl-warm-up';

describe('the worker that loads ICU’s data before the page needs it', () => {
  it('makes every formatter of the first render, with the options the page makes them with, then ends', () => {
    const made: { kind: string; tag: string; options: unknown }[] = [];
    // Each constructor as it is, its uses recorded.
    const spy = (kind: 'NumberFormat' | 'PluralRules' | 'Collator' | 'DateTimeFormat') =>
      new Proxy(Intl[kind], {
        construct: (target, args: [string, object?]) => {
          made.push({ kind, tag: args[0], options: args[1] });
          return Reflect.construct(target, args);
        },
      });
    const intl = {
      NumberFormat: spy('NumberFormat'),
      PluralRules: spy('PluralRules'),
      Collator: spy('Collator'),
      DateTimeFormat: spy('DateTimeFormat'),
    };
    let closed = false;
    runInNewContext(intlWarmUpCode(['fr-FR']), { Intl: intl, close: () => (closed = true), Object });

    expect(closed).toBe(true);
    expect(made.map(({ kind }) => kind)).toEqual(
      expect.arrayContaining(['NumberFormat', 'PluralRules', 'Collator', 'DateTimeFormat']),
    );
    for (const [name, options] of Object.entries(dateTimeOptions)) {
      expect(made, name).toContainEqual({
        kind: 'DateTimeFormat',
        tag: 'fr-FR',
        options: expect.objectContaining(options),
      });
    }
    // Today is asked in the school's zone: its rules are loaded too.
    expect(made).toContainEqual(
      expect.objectContaining({ options: expect.objectContaining({ timeZone: 'Europe/Paris' }) }),
    );
  });

  it('starts it from a line of index.html that needs no request and never stops the page', () => {
    const script = intlWarmUpScript();
    expect(script).toMatch(/^try\{new Worker\("data:text\/javascript,[^"]+"\)\}catch\{\}$/);
    const address = JSON.parse(script.slice('try{new Worker('.length, -')}catch{}'.length));
    expect(decodeURIComponent(address.slice('data:text/javascript,'.length))).toBe(intlWarmUpCode());
    // No Worker (an old browser, a test page): nothing thrown.
    expect(() => runInNewContext(script, {})).not.toThrow();
  });
});
