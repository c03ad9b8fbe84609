/** The fields that have a value: optional fields of the snapshot are left out rather than set to '' or undefined. */
export const nonEmpty = <T extends Record<string, string | undefined>>(fields: T): Partial<T> =>
  Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined && value !== ''),
  ) as Partial<T>;
