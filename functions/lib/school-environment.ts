import { z } from 'zod';
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

const letterheadSchema = z
  .object({
    address: z.array(z.string()).optional(),
    signatory: z.object({ name: z.string(), title: z.string() }).optional(),
  })
  .strict();

/** What heads and signs the school's letters, when the registry gives it: its address and its signatory. */
export const schoolLetterheadFromEnvironment = () => {
  const letterhead = process.env[functionEnvironment.schoolLetterhead];
  return letterhead ? letterheadSchema.parse(JSON.parse(letterhead)) : {};
};
