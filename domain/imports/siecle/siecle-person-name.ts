import type { ImportProblem, SourceLocation } from '../import-snapshot';
import { errorAt } from './siecle-problems';
import { textOf, type XmlElement } from './xml-element';

export interface PersonName {
  firstName: string;
  lastName: string;
}

/**
 * The name a school calls someone by: SIECLE keeps the birth name (`NOM_DE_FAMILLE`) apart from the name in use
 * (`NOM_USAGE`), which wins when there is one. A missing first or last name is an error.
 */
export const readPersonName = (
  element: XmlElement,
  at: SourceLocation,
  problems: ImportProblem[],
): PersonName | undefined => {
  const firstName = textOf(element, 'PRENOM');
  const lastName = textOf(element, 'NOM_USAGE') ?? textOf(element, 'NOM_DE_FAMILLE');
  if (firstName === undefined) problems.push(errorAt(at, 'PRENOM', 'is missing'));
  if (lastName === undefined) problems.push(errorAt(at, 'NOM_DE_FAMILLE', 'is missing'));
  return firstName !== undefined && lastName !== undefined ? { firstName, lastName } : undefined;
};
