export class MissingEnvironmentError extends Error {}

/** Reads a variable the stack (or the local platform) must set; a missing one is a deployment bug, said loudly. */
export const requireEnv = (name: string): string => {
  const value = process.env[name];
  if (value === undefined || value === '') {
    throw new MissingEnvironmentError(`Environment variable ${name} is not set for this function`);
  }
  return value;
};
