import * as z from 'zod/mini';
import { activationScopes } from './activation-batch';

const required = (max: number) =>
  z
    .string('must be text')
    .check(z.minLength(1, 'must not be empty'), z.maxLength(max, `must be at most ${max} characters`));

export const signInSchema = z.strictObject({ username: required(128), password: required(256) });

export const activationSchema = z.strictObject({ code: required(64), password: required(256) });

const id = z.string('must be text').check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be an id'));

export const batchScopeSchema = z.discriminatedUnion(
  'scope',
  [
    z.strictObject({ scope: z.literal('class'), classId: id }),
    z.strictObject({ scope: z.literal('level'), level: required(40) }),
    z.strictObject({ scope: z.literal('not-activated') }),
    z.strictObject({ scope: z.literal('school-admins') }),
  ],
  { error: `must be one of ${activationScopes.join(', ')}` },
);
