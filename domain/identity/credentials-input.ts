import * as z from 'zod/mini';
import { idSchema } from '#domain/shared/input-types';
import { activationScopes } from './activation-batch';

const required = (max: number) =>
  z
    .string('must be text')
    .check(z.minLength(1, 'must not be empty'), z.maxLength(max, `must be at most ${max} characters`));

export const signInSchema = z.strictObject({ username: required(128), password: required(256) });

export const activationSchema = z.strictObject({ code: required(64), password: required(256) });

export const forgotPasswordSchema = z.strictObject({ username: required(128) });

export const resetPasswordSchema = z.strictObject({
  username: required(128),
  code: required(16),
  password: required(256),
});

export const batchScopeSchema = z.discriminatedUnion(
  'scope',
  [
    z.strictObject({ scope: z.literal('class'), classId: idSchema }),
    z.strictObject({ scope: z.literal('level'), level: required(40) }),
    z.strictObject({ scope: z.literal('not-activated') }),
    z.strictObject({ scope: z.literal('school-admins') }),
  ],
  { error: `must be one of ${activationScopes.join(', ')}` },
);
