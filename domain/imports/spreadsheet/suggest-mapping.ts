import { keyOf } from '#domain/shared/text';
import type { SpreadsheetMapping } from './spreadsheet-mapping';

/** A mapping as far as the headers tell; the administration completes and confirms it. */
export type SuggestedMapping = Partial<SpreadsheetMapping>;

type ColumnField = Exclude<keyof SpreadsheetMapping, 'kind' | 'birthDate'>;

/** Headers people give each field, most telling first, compared whatever their accents, case and punctuation. */
const headerWords: Readonly<Record<ColumnField | 'kind' | 'birthDate', readonly string[]>> = {
  id: [
    'identifiant',
    'id',
    'identifier',
    'matricule',
    'numéro',
    'n°',
    'no',
    'num',
    'n° élève',
    'id élève',
    'code',
  ],
  lastName: ['nom', 'nom de famille', "nom d'usage", 'nom élève', 'last name', 'family name', 'surname'],
  firstName: ['prénom', 'prénom élève', 'prénom usuel', 'first name', 'given name'],
  kind: ['type', 'profil', 'rôle', 'catégorie', 'kind', 'statut', 'population'],
  classCode: ['classe', 'division', 'class', 'homeroom', 'classe élève'],
  levelCode: ['niveau', 'level', 'grade', 'cycle', 'mef', 'formation'],
  email: [
    'courriel',
    'e-mail',
    'email',
    'mail',
    'mél',
    'adresse mail',
    'adresse e-mail',
    'adresse électronique',
  ],
  phone: ['téléphone', 'tél', 'téléphone portable', 'portable', 'mobile', 'phone', 'phone number', 'sms'],
  birthDate: [
    'date de naissance',
    'date naissance',
    'né le',
    'née le',
    'né(e) le',
    'naissance',
    'birth date',
    'date of birth',
  ],
  badgeNumber: [
    'n° badge',
    'numéro de badge',
    'numéro badge',
    'badge',
    'n° carte',
    'carte',
    'badge number',
    'card number',
  ],
  guardianOf: [
    'responsable de',
    'parent de',
    'enfant',
    'enfants',
    'id enfant',
    'guardian of',
    'child id',
    'children',
  ],
};

// Fields earlier in the list take a header first: an "Identifiant" column is the id before anything else.
const columnFields = [
  'id',
  'lastName',
  'firstName',
  'classCode',
  'levelCode',
  'email',
  'phone',
  'badgeNumber',
  'guardianOf',
] as const satisfies readonly ColumnField[];

/**
 * Recognises the usual French and English headers ("Nom", "Prénom", "Date de naissance", "Courriel", "N° badge",
 * "E-mail"…). Each header serves one field at most. Birth dates are taken as French (dd/mm/yyyy).
 */
export const suggestMapping = (headers: readonly string[]): SuggestedMapping => {
  const free = new Map(headers.map((header) => [keyOf(header), header]));
  const take = (field: keyof typeof headerWords): string | undefined => {
    const key = headerWords[field].map(keyOf).find((word) => free.has(word));
    const header = key === undefined ? undefined : free.get(key);
    if (key !== undefined) free.delete(key);
    return header;
  };
  const suggestion: SuggestedMapping = {};
  for (const field of columnFields) {
    const header = take(field);
    if (header !== undefined) suggestion[field] = header;
  }
  const kind = take('kind');
  const birthDate = take('birthDate');
  return {
    ...suggestion,
    ...(kind !== undefined && { kind: { column: kind } }),
    ...(birthDate !== undefined && { birthDate: { column: birthDate, format: 'dd/mm/yyyy' } }),
  };
};
