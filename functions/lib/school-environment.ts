// zod/mini, as every function's inputs: the classic build would add some 360 KB to the functions that read this.
import * as z from 'zod/mini';
import { functionEnvironment } from '#infra/definitions/environment';
import { requireEnv } from './env';

/** The school this function serves, from the variables its stack sets. */
export const schoolFromEnvironment = () => ({
  schoolId: requireEnv(functionEnvironment.schoolId),
  name: requireEnv(functionEnvironment.schoolName),
  kind: requireEnv(functionEnvironment.schoolKind),
  timeZone: requireEnv(functionEnvironment.timeZone),
  locale: requireEnv(functionEnvironment.locale),
});

const letterheadSchema = z.strictObject({
  address: z.optional(z.array(z.string())),
  signatory: z.optional(z.object({ name: z.string(), title: z.string() })),
});

/** What heads and signs the school's letters, when the registry gives it: its address and its signatory. */
export const schoolLetterheadFromEnvironment = () => {
  const letterhead = process.env[functionEnvironment.schoolLetterhead];
  return letterhead ? letterheadSchema.parse(JSON.parse(letterhead)) : {};
};
