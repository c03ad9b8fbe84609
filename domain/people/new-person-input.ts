import * as z from 'zod/mini';
import { contactKinds } from './person';

const name = z
  .string('must be text')
  .check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(80, 'must be at most 80 characters'));
const addedKinds = ['teacher', 'staff', ...contactKinds] as const;

/**
 * A person typed in by hand: a conservatoire's guest artist, supplier, client or partner, or a member of staff the
 * imports do not bring. Pupils and their families come from the imports, which know their links.
 */
export const newPersonSchema = z.strictObject({
  firstName: name,
  lastName: name,
  kind: z.enum(addedKinds, `must be one of ${addedKinds.join(', ')}`),
  email: z.optional(
    z
      .string()
      .check(
        z.trim(),
        z.maxLength(254, 'must be at most 254 characters'),
        z.email('must be an e-mail address such as nom@example.fr'),
      ),
  ),
  phone: z.optional(
    z
      .string()
      .check(z.trim(), z.regex(/^\+?[0-9 .-]{6,20}$/, 'must be a phone number such as 06 12 34 56 78')),
  ),
  address: z.optional(
    z.array(z.string().check(z.trim(), z.maxLength(120))).check(z.maxLength(5, 'must have at most 5 lines')),
  ),
  organisation: z.optional(z.string().check(z.trim(), z.maxLength(120))),
});

export type NewPerson = z.infer<typeof newPersonSchema>;
