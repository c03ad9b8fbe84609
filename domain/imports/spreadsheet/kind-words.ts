import { keyOf } from '#domain/shared/text';
import type { ImportedKind } from '../import-snapshot';

/** The words spreadsheets use for a person's kind, in French and English, compared as `keyOf` keys. */
const wordsByKind: Readonly<Record<ImportedKind, readonly string[]>> = {
  student: ['élève', 'eleve', 'élèves', 'étudiant', 'étudiante', 'student', 'pupil', 'apprenant'],
  guardian: [
    'parent',
    'parents',
    'responsable',
    'responsable légal',
    'tuteur',
    'tutrice',
    'guardian',
    'mère',
    'père',
  ],
  teacher: ['professeur', 'professeure', 'prof', 'enseignant', 'enseignante', 'teacher'],
  staff: ['personnel', 'administration', 'staff', 'vie scolaire', 'direction', 'agent'],
  'guest-artist': ['artiste invité', 'artiste invitée', 'artiste', 'guest artist'],
  supplier: ['fournisseur', 'prestataire', 'supplier'],
  client: ['client', 'cliente'],
  partner: ['partenaire', 'partner'],
};

const kindsByWord = new Map(
  Object.entries(wordsByKind).flatMap(([kind, words]) => words.map((word) => [keyOf(word), kind] as const)),
);

const kinds = new Set<string>(Object.keys(wordsByKind));

const isImportedKind = (value: string): value is ImportedKind => kinds.has(value);

/** The kind a cell names, or undefined for a word none of the lists has. */
export const kindOfWord = (word: string): ImportedKind | undefined => {
  const kind = kindsByWord.get(keyOf(word)) ?? keyOf(word);
  return isImportedKind(kind) ? kind : undefined;
};
