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
