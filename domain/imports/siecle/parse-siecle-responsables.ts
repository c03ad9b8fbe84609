import type { PupilContact } from '#domain/people/person';
import type {
  ImportedContact,
  ImportedGuardianship,
  ImportedPerson,
  ImportProblem,
  ImportSnapshot,
} from '../import-snapshot';
import { studentSourceId } from './parse-siecle-eleves';
import { readAddresses } from './siecle-addresses';
import { readSiecleDocument, type SiecleDocument } from './siecle-document';
import { readPersonName } from './siecle-person-name';
import { errorAt, locate, warningAt } from './siecle-problems';
import { startSnapshot } from './siecle-snapshot';
import { attributeOf, elementsAt, textOf, type XmlElement } from './xml-element';

/** Guardians, their addresses and their links to pupils from `ResponsablesAvecAdresses.xml`. */
export const parseSiecleResponsables = (bytes: Uint8Array, fileName: string): ImportSnapshot =>
  responsablesSnapshot(readSiecleDocument(bytes, fileName, ['BEE_RESPONSABLES']));

export const responsablesSnapshot = (document: SiecleDocument): ImportSnapshot => {
  const snapshot: ImportSnapshot = { ...startSnapshot(document), familiesFrom: 'siecle:', contacts: [] };
  const addresses = readAddresses(document);
  const personnes = elementsAt(document.content, 'DONNEES', 'PERSONNES', 'PERSONNE');
  const guardians = new Map<string, ImportedPerson>();
  for (const [index, personne] of personnes.entries()) {
    const guardian = readGuardian(personne, index + 1, document, addresses, snapshot.problems);
    if (guardian !== undefined) guardians.set(guardian.sourceId, guardian);
  }
  const knownPersonIds = new Set(personnes.map((personne) => attributeOf(personne, 'PERSONNE_ID')));
  const phones = new Map(
    personnes.map((personne) => [
      guardianSourceId(attributeOf(personne, 'PERSONNE_ID') ?? ''),
      phonesOf(personne),
    ]),
  );
  const links = elementsAt(document.content, 'DONNEES', 'RESPONSABLES', 'RESPONSABLE_ELEVE');
  for (const [index, link] of links.entries()) {
    const guardianship = readGuardianship(link, index + 1, document, knownPersonIds, snapshot.problems);
    const person = guardianship && guardians.get(guardianship.guardianSourceId);
    if (guardianship?.legal) snapshot.guardianships.push(guardianship);
    else if (guardianship && person) {
      // RESP_LEGAL 0 (a grandparent, a neighbour to call): a contact of the pupil for the staff, with no right.
      snapshot.contacts?.push(contactOf(person, guardianship, phones.get(person.sourceId) ?? []));
    }
  }
  // Someone who is only another contact is no guardian: no person, no account, no activation letter.
  const legalGuardians = new Set(snapshot.guardianships.map(({ guardianSourceId }) => guardianSourceId));
  const contactsOnly = new Set(
    snapshot.contacts?.flatMap(({ sourceId }) => (legalGuardians.has(sourceId) ? [] : [sourceId])),
  );
  snapshot.people.push(...[...guardians.values()].filter(({ sourceId }) => !contactsOnly.has(sourceId)));
  return snapshot;
};

/** The numbers of a PERSONNE, the one that reaches them most directly first. */
const phonesOf = (personne: XmlElement): PupilContact['phones'] =>
  (
    [
      ['mobile', 'TEL_PORTABLE'],
      ['personal', 'TEL_PERSONNEL'],
      ['work', 'TEL_PROFESSIONNEL'],
    ] as const
  ).flatMap(([kind, element]) => {
    const number = textOf(personne, element);
    return number === undefined ? [] : [{ kind, number }];
  });

const contactOf = (
  person: ImportedPerson,
  link: ImportedGuardianship,
  phones: PupilContact['phones'],
): ImportedContact => ({
  sourceId: person.sourceId,
  studentSourceId: link.studentSourceId,
  firstName: person.firstName,
  lastName: person.lastName,
  ...(link.relationship && { relationship: link.relationship }),
  phones,
  at: link.at,
});

const guardianSourceId = (personneId: string) => `siecle:personne:${personneId}`;

const readGuardian = (
  personne: XmlElement,
  position: number,
  document: SiecleDocument,
  addresses: Map<string, string[]>,
  problems: ImportProblem[],
): ImportedPerson | undefined => {
  const personneId = attributeOf(personne, 'PERSONNE_ID');
  const at = locate(document.file, 'PERSONNE', { PERSONNE_ID: personneId }, position);
  if (personneId === undefined) {
    problems.push(errorAt(at, 'PERSONNE_ID', 'is missing'));
    return undefined;
  }
  const name = readPersonName(personne, at, problems);
  const addressId = textOf(personne, 'ADRESSE_ID');
  const address = addressId === undefined ? undefined : addresses.get(addressId);
  if (addressId !== undefined && address === undefined) {
    problems.push(warningAt(at, 'ADRESSE_ID', `points at no ADRESSE of the file: ${addressId}`));
  }
  if (name === undefined) return undefined;
  return {
    sourceId: guardianSourceId(personneId),
    kind: 'guardian',
    ...name,
    email: textOf(personne, 'MEL'),
    // The number that reaches the guardian most directly comes first.
    phone:
      textOf(personne, 'TEL_PORTABLE') ??
      textOf(personne, 'TEL_PERSONNEL') ??
      textOf(personne, 'TEL_PROFESSIONNEL'),
    address,
    active: true,
    at,
  };
};

const readGuardianship = (
  link: XmlElement,
  position: number,
  document: SiecleDocument,
  knownPersonIds: Set<string | undefined>,
  problems: ImportProblem[],
): ImportedGuardianship | undefined => {
  const eleveId = textOf(link, 'ELEVE_ID');
  const personneId = textOf(link, 'PERSONNE_ID');
  const at = locate(
    document.file,
    'RESPONSABLE_ELEVE',
    { ELEVE_ID: eleveId, PERSONNE_ID: personneId },
    position,
  );
  if (eleveId === undefined || personneId === undefined) {
    if (eleveId === undefined) problems.push(errorAt(at, 'ELEVE_ID', 'is missing'));
    if (personneId === undefined) problems.push(errorAt(at, 'PERSONNE_ID', 'is missing'));
    return undefined;
  }
  if (!knownPersonIds.has(personneId)) {
    problems.push(errorAt(at, 'PERSONNE_ID', `points at no PERSONNE of the file: ${personneId}`));
    return undefined;
  }
  const legalRank = textOf(link, 'RESP_LEGAL');
  return {
    guardianSourceId: guardianSourceId(personneId),
    studentSourceId: studentSourceId(eleveId),
    legal: legalRank === '1' || legalRank === '2',
    relationship: textOf(link, 'CODE_PARENTE'),
    at,
  };
};
