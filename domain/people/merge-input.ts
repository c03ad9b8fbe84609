import * as z from 'zod/mini';
import { idSchema } from '#domain/shared/input-types';

const personId = idSchema;

export const guardianMergeSchema = z.strictObject({
  keepId: personId,
  mergeIds: z
    .array(personId)
    .check(z.minLength(1, 'must name at least one record'), z.maxLength(10, 'must name at most 10 records')),
});
