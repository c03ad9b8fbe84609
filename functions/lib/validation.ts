import type { $ZodIssue, $ZodType, output } from 'zod/v4/core';
import type { FieldProblemCode } from '#domain/shared/error-codes';
import { ValidationError } from '#domain/shared/errors';

/**
 * Parses input with a schema; every problem becomes one of the ValidationError's problems, naming the field, a
 * code the portal words and the reason, so that a form learns of all its faults at once.
 */
export const parseWith = <Schema extends $ZodType & { safeParse(input: unknown): unknown }>(
  schema: Schema,
  input: unknown,
  root: string,
): output<Schema> => {
  const parsed = schema.safeParse(input) as
    | { success: true; data: output<Schema> }
    | { success: false; error: { issues: $ZodIssue[] } };
  if (parsed.success) return parsed.data;
  const errors = parsed.error.issues.flatMap((issue) => errorsOf(issue, root, valueAt(input, issue.path)));
  const [first, ...rest] = oncePerField(errors);
  if (!first) throw new ValidationError(root || 'body', 'is invalid');
  throw ValidationError.of([first, ...rest]);
};

const valueAt = (input: unknown, path: readonly PropertyKey[]) =>
  path.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key], input);

const errorsOf = (issue: $ZodIssue, root: string, value: unknown): ValidationError[] => {
  const field = [root, ...issue.path.map(String)].filter(Boolean).join('.');
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map(
      (key) =>
        new ValidationError([field, key].filter(Boolean).join('.'), 'is not a known field', 'unknown_field'),
    );
  }
  if (value === undefined) return [new ValidationError(field, 'is required', 'required')];
  const { code, limit } = problemOf(issue);
  return [new ValidationError(field || 'body', issue.message, code, limit)];
};

/** The code of a zod issue, in the words of the API's catalogue, and the bound it went past. */
export const problemOf = (issue: $ZodIssue): { code: FieldProblemCode; limit?: number } => {
  switch (issue.code) {
    case 'invalid_type':
      return { code: 'wrong_type' };
    case 'invalid_value':
      return { code: 'not_an_option' };
    case 'too_big': {
      const limit = Number(issue.maximum);
      return { code: lengthOrigins.has(issue.origin) ? 'too_long' : 'too_large', limit };
    }
    case 'too_small': {
      const limit = Number(issue.minimum);
      if (!lengthOrigins.has(issue.origin)) return { code: 'too_small', limit };
      // An empty text or list where one is needed is a missing answer, as a person sees it.
      return limit <= 1 ? { code: 'required' } : { code: 'too_short', limit };
    }
    default:
      return { code: 'invalid' };
  }
};

const lengthOrigins = new Set<string>(['string', 'array', 'set']);

/** One problem per field, the first zod found: a value too short and malformed is told once. */
const oncePerField = (errors: ValidationError[]) =>
  errors.filter((error, index) => errors.findIndex(({ field }) => field === error.field) === index);
