import { createHash } from 'node:crypto';
import * as z from 'zod/mini';
import { type CsvRow, cellOf } from '#domain/imports/csv/csv-table';
import { readCsvTable } from '#domain/imports/csv/read-csv-table';
import { UnreadableFileError } from '#domain/imports/import-snapshot';
import { ValidationError } from '#domain/shared/errors';
import { frenchExcelCsv } from '#domain/shared/french-excel-csv';
import { type ColumnMapping, type ImportField, importFields } from './import-fields';
import {
  type Item,
  type ItemCondition,
  type ItemFamily,
  type ItemInput,
  itemConditions,
  itemFamilies,
  itemInputSchema,
  searchFolded,
  serialKeyOf,
} from './item';

export * from './import-fields';

// L1 inventory: the inventory as a CSV for French Excel, and a school's spreadsheet read with a column mapping.

const familyWords: Record<ItemFamily, string> = {
  strings: 'Cordes',
  winds: 'Bois',
  brass: 'Cuivres',
  percussion: 'Percussions',
  keyboards: 'Claviers',
  'early-music': 'Musique ancienne',
  voice: 'Voix',
  equipment: 'Équipement',
};
const conditionWords: Record<ItemCondition, string> = {
  new: 'Neuf',
  good: 'Bon',
  fair: 'Correct',
  poor: 'Mauvais',
  'out-of-order': 'Hors service',
};
const statusWords: Record<Item['status'], string> = {
  available: 'Disponible',
  'on-loan': 'En prêt',
  reserved: 'Réservé',
  'in-servicing': 'En révision',
  retired: 'Réformé',
};

export const exportHeaders = [
  'Identifiant',
  'Famille',
  'Désignation',
  'Marque',
  'Modèle',
  'N° de série',
  'Année',
  'Valeur (€)',
  'État',
  'Emplacement',
  'Accessoires',
  'Statut',
  'Référence',
] as const;

/** Cents as French Excel reads a number: `1234,50`, a decimal comma and no thousands separator. */
export const euroCell = (cents: number) =>
  `${Math.trunc(cents / 100)},${String(cents % 100).padStart(2, '0')}`;

/** The inventory, a line per item, in the dialect French Excel opens by double-click. */
export const inventoryCsv = (items: readonly Item[]) =>
  frenchExcelCsv(
    exportHeaders,
    items.map((item) => ({
      Identifiant: item.itemId,
      Famille: familyWords[item.family],
      Désignation: item.kind,
      Marque: item.maker,
      Modèle: item.model,
      'N° de série': item.serialNumber,
      Année: item.year === undefined ? undefined : String(item.year),
      'Valeur (€)': item.valueCents === undefined ? undefined : euroCell(item.valueCents),
      État: conditionWords[item.condition],
      Emplacement: item.location,
      Accessoires: item.accessories.join(', '),
      Statut: statusWords[item.status],
      Référence: item.sourceId,
    })),
  );

/** The headers people write, folded, for the mapping guessed before the user corrects it. */
const usualHeaders: Record<ImportField, readonly string[]> = {
  kind: ['designation', 'instrument', 'type', 'nature', 'libelle', 'kind'],
  family: ['famille', 'categorie', 'family'],
  maker: ['marque', 'fabricant', 'facteur', 'luthier', 'maker'],
  model: ['modele', 'model'],
  serialNumber: [
    'n° de serie',
    'numero de serie',
    'no de serie',
    'n° serie',
    'serie',
    'serial',
    'serial number',
  ],
  year: ['annee', 'annee de fabrication', 'year'],
  value: ['valeur', 'valeur (€)', "valeur d'achat", 'prix', 'value'],
  condition: ['etat', 'condition'],
  location: ['emplacement', 'lieu', 'salle', 'rangement', 'location'],
  accessories: ['accessoires', 'kit', 'accessories'],
  notes: ['remarques', 'observations', 'notes', 'commentaire'],
  sourceId: [
    'reference',
    'ref',
    'ref.',
    'n° inventaire',
    'numero d’inventaire',
    "numero d'inventaire",
    'inventaire',
    'identifiant',
    'id',
  ],
};

/** The mapping a file's headers suggest, to show the user before they correct it. */
export const guessMapping = (headers: readonly string[]): ColumnMapping => {
  const mapping: ColumnMapping = {};
  for (const field of importFields) {
    const found = headers.find((header) => usualHeaders[field].includes(searchFolded(header)));
    if (found && !Object.values(mapping).includes(found)) mapping[field] = found;
  }
  return mapping;
};

const maxImportLines = 500;
const maxFileBytes = 180 * 1024;

export const itemImportSchema = z.strictObject({
  /** The file's bytes in base64, whatever its encoding (Excel's Windows-1252, UTF-8, UTF-16) and separator. */
  file: z
    .string('must be the file in base64')
    .check(z.maxLength(Math.ceil(maxFileBytes / 3) * 4, 'the file must be at most 180 KB')),
  /** Which column is which; guessed from the headers for the fields it leaves out. */
  mapping: z._default(z.partialRecord(z.enum(importFields), z.string().check(z.maxLength(200))), {}),
  /** The family of lines whose file says none. */
  family: z._default(z.enum(itemFamilies, `must be one of ${itemFamilies.join(', ')}`), 'strings'),
  /** `false`: a dry run, which lists what would be created and the lines refused. */
  apply: z._default(z.boolean('must be true or false'), false),
});
export type ItemImportInput = z.output<typeof itemImportSchema>;

export interface ImportLine {
  line: number;
  input: ItemInput;
  sourceId: string;
}
export interface RefusedLine {
  line: number;
  field: string;
  reason: string;
}

const folded = (words: Record<string, string>) =>
  new Map(Object.entries(words).map(([value, word]) => [searchFolded(word), value]));
const familyOfWord = folded(familyWords);
for (const family of itemFamilies) familyOfWord.set(family, family);
const conditionOfWord = folded(conditionWords);
for (const [word, condition] of [
  ['tres bon', 'good'],
  ['moyen', 'fair'],
  ['use', 'fair'],
  ['a reparer', 'poor'],
  ['hs', 'out-of-order'],
  ['casse', 'out-of-order'],
] as const)
  conditionOfWord.set(word, condition);
for (const condition of itemConditions) conditionOfWord.set(condition, condition);

/** « 1 234,50 € », « 1234.5 », « 800 »: euro cents, or undefined when it is not an amount. */
export const centsOfCell = (cell: string): number | undefined => {
  const text = cell.replace(/[\s\u00a0\u202f€]/g, '').replace(/EUR$/i, '');
  if (!/^\d+([.,]\d{1,2})?$/.test(text)) return undefined;
  const [units = '0', decimals = ''] = text.split(/[.,]/);
  return Number(units) * 100 + Number(decimals.padEnd(2, '0'));
};

/**
 * The id of a line that says none: the digest of its cells, and how many identical lines came before it (two
 * music stands alike are two items). The same file imported again gives the same ids: nothing twice.
 */
const lineIdOf = (cells: readonly string[], seen: Map<string, number>) => {
  const digest = createHash('sha256').update(cells.join('\u0000')).digest('base64url').slice(0, 22);
  const count = seen.get(digest) ?? 0;
  seen.set(digest, count + 1);
  return `line-${digest}-${count}`;
};

/**
 * Reads a school's spreadsheet with the user's column mapping: each line an item to create, or refused with its
 * reason (a kind missing, an unknown family, an amount that is not one). The kind is the one column needed.
 */
export const readItemImport = (
  bytes: Uint8Array,
  input: { mapping: ColumnMapping; family: ItemFamily },
): { headers: readonly string[]; mapping: ColumnMapping; lines: ImportLine[]; refused: RefusedLine[] } => {
  let table: ReturnType<typeof readCsvTable>;
  try {
    table = readCsvTable(bytes, 'inventaire.csv');
  } catch (error) {
    if (error instanceof UnreadableFileError)
      throw new ValidationError('file', error.reason, 'import_file_unreadable');
    throw error;
  }
  if (table.rows.length > maxImportLines)
    throw new ValidationError(
      'file',
      `must have at most ${maxImportLines} lines`,
      'import_too_long',
      maxImportLines,
    );
  const mapping = { ...guessMapping(table.headers), ...input.mapping };
  for (const [field, column] of Object.entries(mapping))
    if (!table.headers.includes(column))
      throw new ValidationError(
        `mapping.${field}`,
        `the file has no column "${column}"`,
        'import_column_unknown',
      );
  if (!mapping.kind)
    throw new ValidationError('mapping.kind', 'say which column holds the kind', 'import_kind_column_needed');
  const seen = new Map<string, number>();
  const lines: ImportLine[] = [];
  const refused: RefusedLine[] = [];
  for (const row of table.rows) {
    const read = readLine(row, mapping, input.family, seen);
    if ('reason' in read) refused.push(read);
    else lines.push(read);
  }
  return { headers: table.headers, mapping, lines, refused };
};

const readLine = (
  row: CsvRow,
  mapping: ColumnMapping,
  defaultFamily: ItemFamily,
  seen: Map<string, number>,
): ImportLine | RefusedLine => {
  const cell = (field: ImportField) => (mapping[field] ? cellOf(row, mapping[field]) : '');
  const refuse = (field: string, reason: string): RefusedLine => ({ line: row.line, field, reason });
  const familyCell = cell('family');
  const family = familyCell ? familyOfWord.get(searchFolded(familyCell)) : defaultFamily;
  if (!family) return refuse('family', `« ${familyCell} » is not a family`);
  const conditionCell = cell('condition');
  const condition = conditionCell ? conditionOfWord.get(searchFolded(conditionCell)) : 'good';
  if (!condition) return refuse('condition', `« ${conditionCell} » is not a condition`);
  const valueCell = cell('value');
  const valueCents = valueCell ? centsOfCell(valueCell) : undefined;
  if (valueCell && valueCents === undefined)
    return refuse('value', `« ${valueCell} » is not an amount in euros`);
  const yearCell = cell('year');
  if (yearCell && !/^\d{4}$/.test(yearCell)) return refuse('year', `« ${yearCell} » is not a year`);
  const candidate = {
    family,
    kind: cell('kind'),
    ...(cell('maker') && { maker: cell('maker') }),
    ...(cell('model') && { model: cell('model') }),
    ...(cell('serialNumber') && { serialNumber: cell('serialNumber') }),
    ...(yearCell && { year: Number(yearCell) }),
    ...(valueCents !== undefined && { valueCents }),
    condition,
    ...(cell('location') && { location: cell('location') }),
    accessories: cell('accessories')
      .split(/[,+/]/)
      .map((accessory) => accessory.trim())
      .filter(Boolean),
    status: condition === 'out-of-order' ? 'in-servicing' : 'available',
    ...(cell('notes') && { notes: cell('notes') }),
  };
  const parsed = itemInputSchema.safeParse(candidate);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    return refuse(String(issue?.path[0] ?? 'kind'), issue?.message ?? 'is not valid');
  }
  const sourceCell = cell('sourceId');
  const sourceId = sourceCell
    ? `ref-${searchFolded(sourceCell).replace(/[^a-z0-9._:@-]/g, '-')}`.slice(0, 120)
    : lineIdOf([...row.cells.values()], seen);
  return { line: row.line, input: parsed.data, sourceId };
};

/** The guards a line meets: its maker's serial number, its source line. */
export const guardsOf = (line: ImportLine) => ({
  serialKey: serialKeyOf(line.input),
  sourceId: line.sourceId,
});

/** base64 to bytes, without Node's Buffer (the domain runs anywhere). */
export const bytesOfBase64 = (base64: string) => {
  try {
    return Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
  } catch {
    throw new ValidationError('file', 'must be the file in base64', 'import_file_unreadable');
  }
};
