import * as z from 'zod/mini';

const personId = z
  .string('must be a person id')
  .check(z.regex(/^[A-Za-z0-9-]{1,64}$/, 'must be a person id'));

export const guardianMergeSchema = z.strictObject({
  keepId: personId,
  mergeIds: z
    .array(personId)
    .check(z.minLength(1, 'must name at least one record'), z.maxLength(10, 'must name at most 10 records')),
});
