import * as z from 'zod/mini';
import { idSchema, pageLimitSchema } from '#domain/shared/input-types';
import { personKinds } from './search-people';

export const peopleSearchSchema = z.strictObject({
  name: z.optional(z.string().check(z.trim(), z.maxLength(80, 'must be at most 80 characters'))),
  kind: z.optional(z.enum(personKinds as [string, ...string[]], `must be one of ${personKinds.join(', ')}`)),
  classId: z.optional(idSchema),
  limit: pageLimitSchema(200, 50),
});
