import * as z from 'zod/mini';
import { idSchema } from '../shared/input-types';
import { personKinds } from './search-people';

export const peopleSearchSchema = z.strictObject({
  name: z.optional(z.string().check(z.trim(), z.maxLength(80, 'must be at most 80 characters'))),
  kind: z.optional(z.enum(personKinds as [string, ...string[]], `must be one of ${personKinds.join(', ')}`)),
  classId: z.optional(idSchema),
  limit: z._default(
    z.coerce
      .number('must be a number')
      .check(
        z.int('must be a whole number'),
        z.gte(1, 'must be at least 1'),
        z.lte(200, 'must be at most 200'),
      ),
    50,
  ),
});
