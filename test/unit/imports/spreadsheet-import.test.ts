import { describe, expect, it } from 'vitest';
import { decodeText } from '#domain/imports/csv/decode-text';
import { detectSeparator } from '#domain/imports/csv/detect-separator';
import { readCsvTable } from '#domain/imports/csv/read-csv-table';
import { type ImportSnapshot, UnreadableFileError } from '#domain/imports/import-snapshot';
import { parseSpreadsheet } from '#domain/imports/spreadsheet/parse-spreadsheet';
import type { SpreadsheetMapping } from '#domain/imports/spreadsheet/spreadsheet-mapping';
import { suggestMapping } from '#domain/imports/spreadsheet/suggest-mapping';
import {
  conservatoireRegistrations,
  encodeWindows1252,
  englishExportWithBom,
  unbalancedQuotes,
} from '../../fixtures/spreadsheet/messy-csvs';

const conservatoireMapping: SpreadsheetMapping = {
  id: 'N° élève',
  lastName: 'NOM',
  firstName: 'Prénom',
  kind: { column: 'Type' },
  classCode: 'Classe',
  levelCode: 'Niveau',
  email: 'Courriel',
  phone: 'Téléphone',
  birthDate: { column: 'Date de naissance', format: 'dd/mm/yyyy' },
  badgeNumber: 'N° badge',
  guardianOf: 'Responsable de',
};

const englishMapping: SpreadsheetMapping = {
  id: 'ID',
  lastName: 'Last Name',
  firstName: 'First Name',
  kind: { fixed: 'student' },
  classCode: 'Class',
  email: 'E-mail',
  phone: 'Phone',
  birthDate: { column: 'Date of birth', format: 'yyyy-mm-dd' },
};

const personOf = (snapshot: ImportSnapshot, id: string) =>
  snapshot.people.find(({ sourceId }) => sourceId === `csv:conservatoire:${id}`);

const unreadable = (read: () => unknown): UnreadableFileError => {
  try {
    read();
  } catch (error) {
    if (error instanceof UnreadableFileError) return error;
    throw error;
  }
  throw new Error('the file was read');
};

describe('reading CSV text', () => {
  it('decodes UTF-8 with or without BOM, and Windows-1252 when the bytes are not UTF-8', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xc3, 0xa9]))).toBe('Aé');
    expect(decodeText(new TextEncoder().encode('Élève'))).toBe('Élève');
    expect(decodeText(encodeWindows1252('Élève, cœur, l’été à 5 €'))).toBe('Élève, cœur, l’été à 5 €');
  });

  it('takes the separator from the header line, ignoring quoted ones', () => {
    expect(detectSeparator('\nNom;Prénom;"Ville, pays"\n1,2,3')).toBe(';');
    expect(detectSeparator('"Nom;Prénom",Classe,Niveau')).toBe(',');
  });

  it('names rows by header and numbers them by the line they start on', () => {
    const table = readCsvTable(englishExportWithBom, 'export.csv');
    expect(table.headers[0]).toBe('ID');
    expect(table.rows.map(({ line }) => line)).toEqual([2, 3, 5, 6, 7]);
    expect(table.rows[1]?.cells.get('First Name')).toBe('Mary\nAnn');
  });
});

describe('suggesting a column mapping', () => {
  it('recognises French headers whatever their accents and case', () => {
    const { headers } = readCsvTable(conservatoireRegistrations, 'inscriptions.csv');
    expect(suggestMapping(headers)).toEqual(conservatoireMapping);
    expect(
      suggestMapping([
        'IDENTIFIANT',
        'nom',
        'PRENOM',
        'date de naissance',
        'E-Mail',
        'Tel',
        'Numero de badge',
        'classe',
      ]),
    ).toEqual({
      id: 'IDENTIFIANT',
      lastName: 'nom',
      firstName: 'PRENOM',
      birthDate: { column: 'date de naissance', format: 'dd/mm/yyyy' },
      email: 'E-Mail',
      phone: 'Tel',
      badgeNumber: 'Numero de badge',
      classCode: 'classe',
    });
  });

  it('recognises English headers, and leaves unknown ones out', () => {
    const { headers } = readCsvTable(englishExportWithBom, 'export.csv');
    expect(suggestMapping([...headers, 'Remarks'])).toEqual({
      ...englishMapping,
      kind: undefined,
      birthDate: { column: 'Date of birth', format: 'dd/mm/yyyy' },
    });
  });

  it('is plain JSON, to be saved per source', () => {
    expect(JSON.parse(JSON.stringify(conservatoireMapping))).toEqual(conservatoireMapping);
  });
});

describe('a messy spreadsheet from Excel (Windows-1252, `;`, blank lines, trailing spaces)', () => {
  const snapshot = parseSpreadsheet(
    conservatoireRegistrations,
    'inscriptions.csv',
    conservatoireMapping,
    'conservatoire',
  );

  it('reads each row as a person with the mapped fields, trimmed', () => {
    expect(snapshot.source).toBe('spreadsheet');
    expect(
      snapshot.people.map(({ sourceId, kind }) => [sourceId.replace('csv:conservatoire:', ''), kind]),
    ).toEqual([
      ['E001', 'student'],
      ['E002', 'student'],
      ['E003', 'student'],
      ['R001', 'guardian'],
      ['R002', 'guardian'],
      ['P001', 'teacher'],
    ]);
    expect(personOf(snapshot, 'E001')).toEqual({
      sourceId: 'csv:conservatoire:E001',
      kind: 'student',
      firstName: 'Éloïse',
      lastName: 'Lefèvre',
      birthDate: '2014-09-03',
      email: 'eloise.lefevre@example.fr',
      classCode: 'FM1',
      levelCode: 'Cycle 1',
      badgeNumber: 'B-0042',
      active: true,
      at: { file: 'inscriptions.csv', line: 2 },
    });
    expect(personOf(snapshot, 'E002')).toMatchObject({
      lastName: 'Cœur',
      firstName: 'Zoé',
      birthDate: '2013-01-07',
    });
    expect(personOf(snapshot, 'E003')).toMatchObject({ lastName: 'Müller; von Stein', at: { line: 5 } });
    expect(personOf(snapshot, 'R002')?.phone).toBe('07 55 44 33 22');
  });

  it('links guardians to the children their row names', () => {
    expect(
      snapshot.guardianships.map(({ guardianSourceId, studentSourceId, legal }) => [
        guardianSourceId,
        studentSourceId,
        legal,
      ]),
    ).toEqual([
      ['csv:conservatoire:R001', 'csv:conservatoire:E001', true],
      ['csv:conservatoire:R002', 'csv:conservatoire:E002', true],
      ['csv:conservatoire:R002', 'csv:conservatoire:E003', true],
    ]);
  });

  it('gathers the classes and levels the rows name', () => {
    expect(snapshot.classes.map(({ code, kind, levelCode }) => [code, kind, levelCode])).toEqual([
      ['FM1', 'division', 'Cycle 1'],
      ['FM2', 'division', 'Cycle 1'],
    ]);
    expect(snapshot.levels).toEqual([{ code: 'Cycle 1', label: 'Cycle 1' }]);
    expect(snapshot.teaching).toEqual([]);
  });

  it('leaves out a date or an e-mail it cannot read, with a warning', () => {
    expect(personOf(snapshot, 'E003')?.birthDate).toBeUndefined();
    expect(personOf(snapshot, 'E003')?.email).toBeUndefined();
    expect(snapshot.problems).toEqual([
      {
        severity: 'warning',
        at: { file: 'inscriptions.csv', line: 5 },
        field: 'Date de naissance',
        reason: 'is not a date dd/mm/yyyy',
      },
      {
        severity: 'warning',
        at: { file: 'inscriptions.csv', line: 5 },
        field: 'Courriel',
        reason: 'is not an e-mail address',
      },
    ]);
  });
});

describe('an export with a BOM, `,` and quoted fields', () => {
  const snapshot = parseSpreadsheet(englishExportWithBom, 'export.csv', englishMapping, 'logiciel');

  it('reads quoted separators and line breaks inside a name', () => {
    expect(
      snapshot.people.map(({ sourceId, lastName, firstName }) => [sourceId, lastName, firstName]),
    ).toEqual([
      ['csv:logiciel:101', 'Smith, Jr.', 'John'],
      ['csv:logiciel:102', "O'Brien", 'Mary Ann'],
    ]);
  });

  it('reports rows without an id, with an id used twice, or without a name', () => {
    expect(
      snapshot.problems.map(({ severity, at, field, reason }) => [severity, at.line, field, reason]),
    ).toEqual([
      ['error', 5, 'ID', 'is missing'],
      ['error', 6, 'ID', '"101" is also the id of line 2'],
      ['warning', 3, 'Date of birth', 'is not a date yyyy-mm-dd'],
      ['error', 7, 'Last Name', 'is missing'],
    ]);
  });
});

describe('a spreadsheet that cannot be read as mapped', () => {
  it('names the line of a quote that never closes', () => {
    const error = unreadable(() =>
      parseSpreadsheet(unbalancedQuotes, 'liste.csv', conservatoireMapping, 'x'),
    );
    expect(error.message).toBe('liste.csv: line 3: a quoted field is never closed (a `"` is missing)');
  });

  it('names the mapped columns the file does not have', () => {
    const error = unreadable(() =>
      parseSpreadsheet(englishExportWithBom, 'export.csv', conservatoireMapping, 'x'),
    );
    expect(error.file).toBe('export.csv');
    expect(error.reason).toContain('"N° élève"');
  });

  it('reports an unknown kind and a child id no row has', () => {
    const text =
      'Id;Nom;Prénom;Type;Parent de\n1;Martin;Léa;élève;\n2;Martin;Paul;jardinier;\n3;Martin;Eva;mère;9\n';
    const mapping: SpreadsheetMapping = {
      id: 'Id',
      lastName: 'Nom',
      firstName: 'Prénom',
      kind: { column: 'Type' },
      guardianOf: 'Parent de',
    };
    const snapshot = parseSpreadsheet(new TextEncoder().encode(text), 'famille.csv', mapping, 'x');
    expect(snapshot.problems.map(({ at, field, reason }) => [at.line, field, reason])).toEqual([
      [3, 'Type', '"jardinier" is not a kind of person'],
      [4, 'Parent de', '"9" is not the id of a row'],
    ]);
  });
});
