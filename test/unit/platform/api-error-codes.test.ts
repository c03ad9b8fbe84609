import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { refusalMessages } from '#domain/booking/decide-booking';
import { apiErrorCodes } from '#domain/error-codes';
import { writeRefusals } from '#domain/messaging/who-may-write';

/**
 * Every code the API can answer is in the catalogue (`domain/error-codes.ts`), read from the source: the code of
 * each typed error the domain and the handlers throw, of each problem of invalid input, and of each error body a
 * handler writes. A code given by an expression rather than written out must be one of the few known below, each
 * with where its codes come from; a new one fails until it is listed.
 */

const root = resolve(import.meta.dirname, '../../..');

const sourceFiles = (folder: string): string[] =>
  readdirSync(join(root, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));

/** The arguments of the call whose `(` is at `open`, split at their top-level commas, as written. */
const argumentsAt = (text: string, open: number): string[] => {
  const args: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let current = '';
  for (let index = open + 1; index < text.length; index += 1) {
    const char = text[index] as string;
    if (quote) {
      current += char;
      if (char === '\\') current += text[++index];
      else if (char === quote) quote = undefined;
      continue;
    }
    if (char === "'" || char === '"' || char === '`') quote = char;
    else if ('([{'.includes(char)) depth += 1;
    else if (')]}'.includes(char)) {
      if (depth === 0) {
        if (current.trim()) args.push(current.trim());
        return args;
      }
      depth -= 1;
    } else if (char === ',' && depth === 0) {
      args.push(current.trim());
      current = '';
      continue;
    }
    current += char;
  }
  throw new Error(`unclosed call at ${open}`);
};

/** Which argument of each error's constructor is its code, and the code it has when none is given. */
const codeArgument: Record<string, { index: number; otherwise?: string }> = {
  ValidationError: { index: 2, otherwise: 'invalid' },
  ConflictError: { index: 0 },
  RefusedError: { index: 0 },
  NotSignedInError: { index: 1, otherwise: 'not_signed_in' },
};

/** Codes given by an expression, where the expression's codes come from. */
const knownExpressions: Record<string, () => string[]> = {
  // The refusals decideBooking answers, each with its English message.
  'domain/booking/book-room.ts decision.code': () => Object.keys(refusalMessages),
  // A ValidationError thrown again under the tab's field, with the code it had.
  'domain/sharing/mini-site/publish-mini-site.ts error.code': () => [],
  // The first problem of several, with the code it had.
  'domain/shared/errors.ts first.code': () => [],
  // The answer checks' `invalid(reason, code)`: their codes are read below, from each call.
  'domain/requests/check-answers.ts code': () => [],
  // `problemOf`'s codes are read below, from its `{ code: '…' }` answers.
  'functions/lib/validation.ts code': () => [],
  // Who may write to whom: the rule's refusals (`decideWrite`), each a code.
  'domain/messaging/audience-errors.ts reason': () => [...writeRefusals],
};

const literal = /^'([a-z]+(?:_[a-z]+)*)'$/;

const codesInSource = () => {
  const found = new Map<string, string>();
  const unknownExpressions: string[] = [];
  const add = (code: string, where: string) => {
    if (!found.has(code)) found.set(code, where);
  };
  for (const file of [...sourceFiles('domain'), ...sourceFiles('functions')]) {
    const text = readFileSync(join(root, file), 'utf8');
    const subclasses = [...text.matchAll(/class \w+ extends (ConflictError|RefusedError)\b/g)];
    const calls = [
      ...[...text.matchAll(/new (ValidationError|ConflictError|RefusedError|NotSignedInError)\(/g)].map(
        (match) => ({ error: match[1] as string, open: (match.index ?? 0) + match[0].length - 1 }),
      ),
      // The first `super(` after `class … extends ConflictError` is its constructor's.
      ...subclasses.map((match) => ({
        error: match[1] as string,
        open: text.indexOf('super(', match.index) + 'super'.length,
      })),
    ];
    for (const { error, open } of calls) {
      const { index, otherwise } = codeArgument[error] as (typeof codeArgument)[string];
      const argument = argumentsAt(text, open)[index];
      const where = `${file}:${text.slice(0, open).split('\n').length}`;
      if (argument === undefined) {
        if (otherwise) add(otherwise, where);
        continue;
      }
      const code = literal.exec(argument)?.[1];
      if (code) add(code, where);
      else if (knownExpressions[`${file} ${argument}`]) {
        for (const each of (knownExpressions[`${file} ${argument}`] as () => string[])()) add(each, where);
      } else unknownExpressions.push(`${where} ${argument}`);
    }
    // Error bodies written out (`error: { code: 'not_found', … }`), and the codes of zod's issues.
    for (const match of text.matchAll(/error: \{\s*code: '([a-z_]+)'/g)) add(match[1] as string, file);
    if (file === 'functions/lib/validation.ts') {
      for (const match of text.matchAll(/code: '([a-z_]+)'/g)) add(match[1] as string, file);
    }
    if (file === 'domain/requests/check-answers.ts') {
      for (const match of text.matchAll(/invalid\(/g)) {
        const code = literal.exec(argumentsAt(text, (match.index ?? 0) + match[0].length - 1)[1] ?? '')?.[1];
        if (code) add(code, file);
      }
    }
  }
  return { found, unknownExpressions };
};

describe('the catalogue of API error codes', () => {
  const catalogue = new Set<string>(Object.values(apiErrorCodes).flat());
  const { found, unknownExpressions } = codesInSource();

  it('finds the codes of the source, and knows where each expression that gives one takes its codes', () => {
    expect(found.size).toBeGreaterThan(40);
    for (const code of [
      'invalid_input',
      'required',
      'conflicts',
      'own_activity',
      'no_rights',
      'session_ended',
    ]) {
      expect(found.has(code), code).toBe(true);
    }
    expect(unknownExpressions).toEqual([]);
  });

  it('holds every code the domain and the handlers answer', () => {
    const missing = [...found]
      .filter(([code]) => !catalogue.has(code))
      .map(([code, where]) => `${code} (${where})`);
    expect(missing).toEqual([]);
  });

  it('lists each code once, in one module', () => {
    const all = Object.values(apiErrorCodes).flat();
    expect(all.length).toBe(new Set(all).size);
  });
});
