import { isCalendarDate } from '#domain/shared/calendar/calendar-days';
import type { ImportedPerson, ImportProblem, SourceLocation } from '../import-snapshot';
import { elementAt, type StsEdt, type StsIndividu, textOf } from './sts-edt-document';

export interface Individuals {
  people: ImportedPerson[];
  /** Every ID the file lists, people who could not be read included. */
  listedIds: Set<string>;
  problems: ImportProblem[];
}

export const individualSourceId = (id: string) => `sts:individu:${id}`;

/**
 * The people of `DONNEES/INDIVIDUS`. A person is a teacher when a service names them or their function is
 * teaching (`ENS`), so that a teacher without a service yet, or one whose function is missing, is still one.
 */
export const readIndividuals = (document: StsEdt, file: string, teacherIds: Set<string>): Individuals => {
  const individuals: Individuals = { people: [], listedIds: new Set(), problems: [] };
  (document.DONNEES?.INDIVIDUS?.INDIVIDU ?? []).forEach((individu, index) => {
    const { person, problems } = readIndividu(individu, index, file, teacherIds, individuals.listedIds);
    if (person) individuals.people.push(person);
    individuals.problems.push(...problems);
  });
  return individuals;
};

const readIndividu = (
  individu: StsIndividu,
  index: number,
  file: string,
  teacherIds: Set<string>,
  listedIds: Set<string>,
): { person?: ImportedPerson; problems: ImportProblem[] } => {
  const id = individu['@ID']?.trim();
  const at: SourceLocation = {
    file,
    element: id ? elementAt('INDIVIDU', 'ID', id) : `INDIVIDU[${index + 1}]`,
  };
  const firstName = textOf(individu.PRENOM);
  const lastName = textOf(individu.NOM_USAGE) ?? textOf(individu.NOM_PATRONYMIQUE);
  const errors: ImportProblem[] = [];
  if (!id) errors.push({ severity: 'error', at, field: 'ID', reason: 'is missing' });
  else if (listedIds.has(id))
    errors.push({ severity: 'error', at, field: 'ID', reason: 'is used by two people' });
  if (!lastName) errors.push({ severity: 'error', at, field: 'NOM_USAGE', reason: 'is missing' });
  if (!firstName) errors.push({ severity: 'error', at, field: 'PRENOM', reason: 'is missing' });
  if (id) listedIds.add(id);
  if (errors.length > 0 || !id || !firstName || !lastName) return { problems: errors };

  const kind = teacherIds.has(id) || textOf(individu.FONCTION) === 'ENS' ? 'teacher' : 'staff';
  const person: ImportedPerson = {
    sourceId: individualSourceId(id),
    kind,
    firstName,
    lastName,
    active: true,
    at,
  };
  const birthDate = textOf(individu.DATE_NAISSANCE);
  if (birthDate === undefined) return { person, problems: [] };
  if (isCalendarDate(birthDate)) return { person: { ...person, birthDate }, problems: [] };
  const reason = 'is not a date yyyy-mm-dd';
  return { person, problems: [{ severity: 'warning', at, field: 'DATE_NAISSANCE', reason }] };
};
