import * as z from 'zod/mini';

/** null removes the value. */
export const contactChangesSchema = z.strictObject({
  email: z.optional(
    z.nullable(
      z
        .string('must be text')
        .check(
          z.trim(),
          z.maxLength(254, 'must be at most 254 characters'),
          z.email('must be an e-mail address such as marie.dupont@example.fr'),
        ),
    ),
  ),
  phone: z.optional(
    z.nullable(
      z
        .string('must be text')
        .check(z.trim(), z.regex(/^\+?[0-9 .-]{6,20}$/, 'must be a phone number such as 06 12 34 56 78')),
    ),
  ),
});
