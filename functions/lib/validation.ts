import type { $ZodIssue, $ZodType, output } from 'zod/v4/core';
import { ValidationError } from '#domain/shared/errors';

/** Parses input with a schema; the first problem becomes a ValidationError naming the field and the reason. */
export const parseWith = <Schema extends $ZodType & { safeParse(input: unknown): unknown }>(
  schema: Schema,
  input: unknown,
  root: string,
): output<Schema> => {
  const parsed = schema.safeParse(input) as
    | { success: true; data: output<Schema> }
    | { success: false; error: { issues: $ZodIssue[] } };
  if (parsed.success) return parsed.data;
  const [issue] = parsed.error.issues;
  if (!issue) throw new ValidationError(root || 'body', 'is invalid');
  return raise(issue, root, valueAt(input, issue.path));
};

const valueAt = (input: unknown, path: readonly PropertyKey[]) =>
  path.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key], input);

const raise = (issue: $ZodIssue, root: string, value: unknown): never => {
  const field = [root, ...issue.path.map(String)].filter(Boolean).join('.');
  if (issue.code === 'unrecognized_keys') {
    throw new ValidationError([field, issue.keys[0]].filter(Boolean).join('.'), 'is not a known field');
  }
  if (value === undefined) throw new ValidationError(field, 'is required');
  throw new ValidationError(field || 'body', issue.message);
};
