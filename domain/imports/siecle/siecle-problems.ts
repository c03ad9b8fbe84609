import type { ImportProblem, SourceLocation } from '../import-snapshot';

/**
 * Where an element is, named by its identifiers as an administrator can find it in the file:
 * `ELEVE[ELEVE_ID=1234]`, or by its 1-based position among its siblings when it has none (`ELEVE[12]`).
 */
export const locate = (
  file: string,
  element: string,
  identifiers: Record<string, string | undefined>,
  position: number,
): SourceLocation => {
  const known = Object.entries(identifiers).filter(([, value]) => value !== undefined);
  const predicates =
    known.length > 0 ? known.map(([name, value]) => `[${name}=${value}]`) : [`[${position}]`];
  return { file, element: `${element}${predicates.join('')}` };
};

export const errorAt = (at: SourceLocation, field: string | undefined, reason: string): ImportProblem => ({
  severity: 'error',
  at,
  field,
  reason,
});

export const warningAt = (at: SourceLocation, field: string | undefined, reason: string): ImportProblem => ({
  severity: 'warning',
  at,
  field,
  reason,
});
