import { describe, expect, it } from 'vitest';
import {
  type ImportedPerson,
  type ImportSnapshot,
  UnreadableFileError,
} from '#domain/imports/import-snapshot';
import { mergeSnapshots } from '#domain/imports/merge-snapshots';
import { parseSiecleEleves } from '#domain/imports/siecle/parse-siecle-eleves';
import { parseSiecleFile } from '#domain/imports/siecle/parse-siecle-file';
import { parseSiecleNomenclature } from '#domain/imports/siecle/parse-siecle-nomenclature';
import { parseSiecleResponsables } from '#domain/imports/siecle/parse-siecle-responsables';
import { encodeLatin1, encodeLatin9, generateSiecle, siecleXml } from '../../fixtures/siecle/generate-siecle';

const TODAY = '2027-01-15';
const ELEVES_FILE = 'ElevesSansAdresses.xml';
const RESPONSABLES_FILE = 'ResponsablesAvecAdresses.xml';

const parametres = '<PARAMETRES><UAJ>0291234X</UAJ><ANNEE_SCOLAIRE>2026</ANNEE_SCOLAIRE></PARAMETRES>';

const fields = (values: Record<string, string>) =>
  Object.entries(values)
    .map(([name, value]) => `<${name}>${value}</${name}>`)
    .join('');

/** A pupil with an INE, as nearly every pupil of a real export has; `ID_NATIONAL: ''` writes it empty. */
const eleve = (eleveId: string, values: Record<string, string>) =>
  `<ELEVE ELEVE_ID="${eleveId}" ELENOET="${eleveId}">${fields({ ID_NATIONAL: ineOf(eleveId), ...values })}</ELEVE>`;

const ineOf = (eleveId: string) => `${eleveId.padStart(10, '0')}K`;

const structures = (eleveId: string, division: string | undefined, groups: string[] = []) => {
  const structure = (code: string, type: string) =>
    `<STRUCTURE>${fields({ CODE_STRUCTURE: code, TYPE_STRUCTURE: type })}</STRUCTURE>`;
  const all = [
    ...(division ? [structure(division, 'D')] : []),
    ...groups.map((group) => structure(group, 'G')),
  ];
  return `<STRUCTURES_ELEVE ELEVE_ID="${eleveId}">${all.join('')}</STRUCTURES_ELEVE>`;
};

const elevesXml = (eleves: string[], structuresEleves: string[] = []) =>
  siecleXml(
    'BEE_ELEVES',
    parametres,
    `<DONNEES><ELEVES>${eleves.join('')}</ELEVES><STRUCTURES>${structuresEleves.join('')}</STRUCTURES></DONNEES>`,
  );

const readEleves = (eleves: string[], structuresEleves: string[] = []) =>
  parseSiecleEleves(encodeLatin9(elevesXml(eleves, structuresEleves)), ELEVES_FILE, TODAY);

const personne = (personneId: string, values: Record<string, string>) =>
  `<PERSONNE PERSONNE_ID="${personneId}">${fields(values)}</PERSONNE>`;

const lien = (eleveId: string, personneId: string, legalRank: string, relationship: string) =>
  `<RESPONSABLE_ELEVE>${fields({ ELEVE_ID: eleveId, PERSONNE_ID: personneId, RESP_LEGAL: legalRank, CODE_PARENTE: relationship })}</RESPONSABLE_ELEVE>`;

const adresse = (adresseId: string, values: Record<string, string>) =>
  `<ADRESSE ADRESSE_ID="${adresseId}">${fields(values)}</ADRESSE>`;

const readResponsables = (personnes: string[], liens: string[], adresses: string[] = []) => {
  const donnees = `<PERSONNES>${personnes.join('')}</PERSONNES><RESPONSABLES>${liens.join('')}</RESPONSABLES><ADRESSES>${adresses.join('')}</ADRESSES>`;
  const xml = siecleXml('BEE_RESPONSABLES', parametres, `<DONNEES>${donnees}</DONNEES>`);
  return parseSiecleResponsables(encodeLatin9(xml), RESPONSABLES_FILE);
};

const student = (snapshot: ImportSnapshot, eleveId: string) =>
  snapshot.people.find((person) => person.sourceId === `siecle:eleve:${eleveId}`);

const fullName = (person: ImportedPerson | undefined) => `${person?.firstName} ${person?.lastName}`;

const refusal = (read: () => unknown): UnreadableFileError => {
  try {
    read();
  } catch (error) {
    if (error instanceof UnreadableFileError) return error;
    throw error;
  }
  throw new Error('the file was read');
};

describe('Reading pupils from SIECLE', () => {
  const accentedPupils = [
    eleve('1001', { NOM_DE_FAMILLE: 'Lefèvre', PRENOM: 'Éloïse' }),
    eleve('1002', { NOM_DE_FAMILLE: 'Müller', PRENOM: 'Zoé' }),
    eleve('1003', { NOM_DE_FAMILLE: "N'Diaye", PRENOM: 'Jean-Baptiste' }),
  ];

  it('keeps the accents of an ISO-8859-15 file, Œ included', () => {
    const snapshot = readEleves([
      ...accentedPupils,
      eleve('1004', { NOM_DE_FAMILLE: 'Œuvrard', PRENOM: 'Maël' }),
    ]);

    expect(snapshot.people.map(fullName)).toEqual([
      'Éloïse Lefèvre',
      'Zoé Müller',
      "Jean-Baptiste N'Diaye",
      'Maël Œuvrard',
    ]);
  });

  it('keeps the accents of an ISO-8859-1 file', () => {
    const xml = elevesXml(accentedPupils).replace('encoding="ISO-8859-15"', 'encoding="ISO-8859-1"');

    const snapshot = parseSiecleEleves(encodeLatin1(xml), ELEVES_FILE, TODAY);

    expect(snapshot.people.map(fullName)).toEqual(['Éloïse Lefèvre', 'Zoé Müller', "Jean-Baptiste N'Diaye"]);
  });

  it('reads a file as UTF-8 when its prolog declares no encoding', () => {
    const xml = elevesXml(accentedPupils).replace(' encoding="ISO-8859-15"', '');

    const snapshot = parseSiecleEleves(new TextEncoder().encode(xml), ELEVES_FILE, TODAY);

    expect(fullName(snapshot.people[0])).toBe('Éloïse Lefèvre');
  });

  it('calls a pupil by their name in use, with their birth date, INE, email and level', () => {
    const snapshot = readEleves(
      [
        eleve('1001', {
          ID_NATIONAL: '0123456789A',
          NOM_DE_FAMILLE: 'Le Gall',
          NOM_USAGE: 'Quéré',
          PRENOM: 'Anaïs',
          DATE_NAISS: '07/03/2014',
          CODE_MEF: '10110001110',
          MEL: 'anais.quere@exemple.fr',
        }),
      ],
      [structures('1001', '5B')],
    );

    expect(snapshot.people).toEqual([
      {
        sourceId: 'siecle:eleve:1001',
        kind: 'student',
        firstName: 'Anaïs',
        lastName: 'Quéré',
        birthDate: '2014-03-07',
        nationalId: '0123456789A',
        email: 'anais.quere@exemple.fr',
        levelCode: '10110001110',
        classCode: '5B',
        groupCodes: [],
        active: true,
        at: { file: ELEVES_FILE, element: 'ELEVE[ELEVE_ID=1001]' },
      },
    ]);
    expect(snapshot.schoolYear).toBe('2026-2027');
  });

  it('marks a pupil who has left inactive, and one who leaves after today still active', () => {
    const snapshot = readEleves(
      [
        eleve('1001', { NOM_DE_FAMILLE: 'Martin', PRENOM: 'Léa', DATE_SORTIE: '20/12/2026' }),
        eleve('1002', { NOM_DE_FAMILLE: 'Martin', PRENOM: 'Noé', DATE_SORTIE: '05/02/2027' }),
      ],
      [structures('1001', 'Inactifs'), structures('1002', '4C')],
    );

    expect(student(snapshot, '1001')?.active).toBe(false);
    expect(student(snapshot, '1002')?.active).toBe(true);
    expect(snapshot.problems).toEqual([]);
  });

  it('puts each pupil in their division and groups, and creates no class for the Inactifs pseudo-division', () => {
    const snapshot = readEleves(
      [
        eleve('1001', { NOM_DE_FAMILLE: 'Girard', PRENOM: 'Inès', CODE_MEF: '10010012110' }),
        eleve('1002', { NOM_DE_FAMILLE: 'Moreau', PRENOM: 'Loïc', CODE_MEF: '10010012110' }),
        eleve('1003', { NOM_DE_FAMILLE: 'Diallo', PRENOM: 'Awa', DATE_SORTIE: '02/01/2027' }),
      ],
      [
        structures('1001', '6A', ['6ANG1', '6LAT']),
        structures('1002', '6A', ['6ANG2']),
        structures('1003', 'Inactifs'),
      ],
    );

    expect(student(snapshot, '1001')).toMatchObject({ classCode: '6A', groupCodes: ['6ANG1', '6LAT'] });
    expect(student(snapshot, '1002')).toMatchObject({ classCode: '6A', groupCodes: ['6ANG2'] });
    expect(student(snapshot, '1003')?.classCode).toBeUndefined();
    expect(snapshot.classes.map(({ code, kind, levelCode }) => ({ code, kind, levelCode }))).toEqual([
      { code: '6A', kind: 'division', levelCode: '10010012110' },
      { code: '6ANG1', kind: 'group', levelCode: undefined },
      { code: '6LAT', kind: 'group', levelCode: undefined },
      { code: '6ANG2', kind: 'group', levelCode: undefined },
    ]);
  });
});

describe('Reading guardians from SIECLE', () => {
  const family = readResponsables(
    [
      personne('5001', {
        NOM_DE_FAMILLE: 'Kerhervé',
        PRENOM: 'Gwénaëlle',
        TEL_PERSONNEL: '02 98 00 00 01',
        TEL_PORTABLE: '06 12 34 56 78',
        MEL: 'gwenaelle@exemple.fr',
        ADRESSE_ID: '9001',
      }),
      personne('5002', {
        NOM_DE_FAMILLE: 'Le Floc&apos;h',
        PRENOM: 'Hervé',
        TEL_PROFESSIONNEL: '01 40 00 00 02',
        ADRESSE_ID: '9002',
      }),
      personne('5003', {
        NOM_DE_FAMILLE: 'Kerhervé',
        PRENOM: 'Françoise',
        TEL_PERSONNEL: '02 98 00 00 03',
        TEL_PORTABLE: '06 98 76 54 32',
      }),
    ],
    [
      lien('1001', '5001', '1', '10'),
      lien('1001', '5002', '2', '20'),
      lien('1002', '5001', '1', '10'),
      lien('1002', '5002', '2', '20'),
      lien('1002', '5003', '0', '30'),
    ],
    [
      adresse('9001', {
        LIGNE1_ADRESSE: 'Résidence Les Érables',
        LIGNE2_ADRESSE: '12 rue des Écoles',
        LIGNE3_ADRESSE: '',
        CODE_POSTAL: '29200',
        LIBELLE_POSTAL: 'BREST',
        LL_PAYS: 'FRANCE',
      }),
      adresse('9002', {
        LIGNE1_ADRESSE: '3 rue de la Loi',
        CODE_POSTAL: '1000',
        LIBELLE_POSTAL: 'BRUXELLES',
        LL_PAYS: 'BELGIQUE',
      }),
    ],
  );

  it('links each child to their two legal guardians, siblings sharing them', () => {
    const links = family.guardianships.map(
      ({ guardianSourceId, studentSourceId, legal, relationship }) =>
        `${studentSourceId} ← ${guardianSourceId} ${legal ? 'legal' : 'contact'} ${relationship}`,
    );

    expect(links).toEqual([
      'siecle:eleve:1001 ← siecle:personne:5001 legal 10',
      'siecle:eleve:1001 ← siecle:personne:5002 legal 20',
      'siecle:eleve:1002 ← siecle:personne:5001 legal 10',
      'siecle:eleve:1002 ← siecle:personne:5002 legal 20',
    ]);
    expect(family.problems).toEqual([]);
  });

  it('keeps a grandmother (RESP_LEGAL 0) as a contact of the pupil, with her tie and phones, and no guardian', () => {
    expect(family.people.map(({ sourceId }) => sourceId)).not.toContain('siecle:personne:5003');
    expect(family.contacts).toEqual([
      {
        sourceId: 'siecle:personne:5003',
        studentSourceId: 'siecle:eleve:1002',
        firstName: 'Françoise',
        lastName: 'Kerhervé',
        relationship: '30',
        phones: [
          { kind: 'mobile', number: '06 98 76 54 32' },
          { kind: 'personal', number: '02 98 00 00 03' },
        ],
        at: expect.objectContaining({ file: 'ResponsablesAvecAdresses.xml' }),
      },
    ]);
    expect(family.familiesFrom).toBe('siecle:');
  });

  it('keeps as a guardian someone who is a legal guardian of one pupil and a contact of another', () => {
    const neighbours = readResponsables(
      [
        personne('5001', { NOM_DE_FAMILLE: 'Roux', PRENOM: 'Claire' }),
        personne('5002', { NOM_DE_FAMILLE: 'Benali', PRENOM: 'Samir' }),
      ],
      [lien('1001', '5001', '1', '10'), lien('1002', '5002', '1', '20'), lien('1002', '5001', '0', '90')],
      [],
    );

    expect(neighbours.people.map(({ sourceId }) => sourceId)).toEqual([
      'siecle:personne:5001',
      'siecle:personne:5002',
    ]);
    expect(
      neighbours.guardianships.map(({ studentSourceId, guardianSourceId }) => [
        studentSourceId,
        guardianSourceId,
      ]),
    ).toEqual([
      ['siecle:eleve:1001', 'siecle:personne:5001'],
      ['siecle:eleve:1002', 'siecle:personne:5002'],
    ]);
    expect(neighbours.contacts).toMatchObject([
      {
        sourceId: 'siecle:personne:5001',
        studentSourceId: 'siecle:eleve:1002',
        relationship: '90',
        phones: [],
      },
    ]);
  });

  it('reaches a guardian on their mobile first, then at home, then at work', () => {
    expect(family.people.map((guardian) => guardian.phone)).toEqual(['06 12 34 56 78', '01 40 00 00 02']);
  });

  it('writes their address as on an envelope, with the country only when abroad', () => {
    const [mother, father] = family.people;

    expect(mother).toMatchObject({
      sourceId: 'siecle:personne:5001',
      kind: 'guardian',
      firstName: 'Gwénaëlle',
      lastName: 'Kerhervé',
      email: 'gwenaelle@exemple.fr',
      address: ['Résidence Les Érables', '12 rue des Écoles', '29200 BREST'],
      active: true,
    });
    expect(fullName(father)).toBe("Hervé Le Floc'h");
    expect(father?.address).toEqual(['3 rue de la Loi', '1000 BRUXELLES', 'BELGIQUE']);
  });
});

describe('Problems in a SIECLE file', () => {
  it('reports a pupil without a name, and leaves them out', () => {
    const snapshot = readEleves([eleve('1234', { NOM_DE_FAMILLE: 'Bernard' })], [structures('1234', '3A')]);

    expect(snapshot.people).toEqual([]);
    expect(snapshot.problems).toEqual([
      {
        severity: 'error',
        at: { file: ELEVES_FILE, element: 'ELEVE[ELEVE_ID=1234]' },
        field: 'PRENOM',
        reason: 'is missing',
      },
    ]);
  });

  it('reports a birth date that does not exist', () => {
    const snapshot = readEleves(
      [eleve('1234', { NOM_DE_FAMILLE: 'Bernard', PRENOM: 'Joël', DATE_NAISS: '31/02/2014' })],
      [structures('1234', '3A')],
    );

    expect(snapshot.problems).toEqual([
      {
        severity: 'error',
        at: { file: ELEVES_FILE, element: 'ELEVE[ELEVE_ID=1234]' },
        field: 'DATE_NAISS',
        reason: 'is not a date dd/mm/yyyy: "31/02/2014"',
      },
    ]);
  });

  it('reports two pupils with the same INE, naming both', () => {
    const snapshot = readEleves(
      [
        eleve('1001', { ID_NATIONAL: '0123456789A', NOM_DE_FAMILLE: 'Petit', PRENOM: 'Léna' }),
        eleve('1002', { ID_NATIONAL: '0123456789A', NOM_DE_FAMILLE: 'Petit', PRENOM: 'Yanis' }),
      ],
      [structures('1001', '4A'), structures('1002', '4B')],
    );

    expect(snapshot.problems).toEqual([
      {
        severity: 'error',
        at: { file: ELEVES_FILE, element: 'ELEVE[ELEVE_ID=1002]' },
        field: 'ID_NATIONAL',
        reason: 'is used by two students: ELEVE[ELEVE_ID=1001] and ELEVE[ELEVE_ID=1002]',
      },
    ]);
  });

  it('warns about a pupil still enrolled who is in no division, but not about one who has left', () => {
    const snapshot = readEleves(
      [
        eleve('1001', { NOM_DE_FAMILLE: 'Roux', PRENOM: 'Timothée' }),
        eleve('1002', { NOM_DE_FAMILLE: 'Roux', PRENOM: 'Clémence', DATE_SORTIE: '01/10/2026' }),
      ],
      [structures('1001', undefined, ['5ESP2'])],
    );

    expect(snapshot.problems).toEqual([
      {
        severity: 'warning',
        at: { file: ELEVES_FILE, element: 'ELEVE[ELEVE_ID=1001]' },
        field: 'CODE_STRUCTURE',
        reason: 'is missing: this pupil, still enrolled, is in no division',
      },
    ]);
    expect(student(snapshot, '1001')?.groupCodes).toEqual(['5ESP2']);
  });

  it('reports a guardian link to a person the file does not have', () => {
    const snapshot = readResponsables(
      [personne('5001', { NOM_DE_FAMILLE: 'Traoré', PRENOM: 'Fatou' })],
      [lien('1001', '5001', '1', '10'), lien('1001', '5999', '2', '20')],
    );

    expect(snapshot.guardianships).toHaveLength(1);
    expect(snapshot.problems).toEqual([
      {
        severity: 'error',
        at: { file: RESPONSABLES_FILE, element: 'RESPONSABLE_ELEVE[ELEVE_ID=1001][PERSONNE_ID=5999]' },
        field: 'PERSONNE_ID',
        reason: 'points at no PERSONNE of the file: 5999',
      },
    ]);
  });
});

describe('Files that cannot be read', () => {
  it('refuses a file that is not XML, naming it', () => {
    const csv = new TextEncoder().encode('NOM;PRENOM\nLefevre;Eloise\n');

    const error = refusal(() => parseSiecleFile(csv, 'eleves.csv', TODAY));

    expect(error.file).toBe('eleves.csv');
    expect(error.message).toBe(
      "eleves.csv: is not a well-formed XML file (line 1, column 1: char 'N' is not expected.)",
    );
  });

  it('refuses a file in another encoding than UTF-8 when its prolog names none', () => {
    const latin9 = encodeLatin9('<BEE_ELEVES><PRENOM>Éloïse</PRENOM></BEE_ELEVES>');

    expect(refusal(() => parseSiecleFile(latin9, 'eleves.xml', TODAY)).message).toBe(
      'eleves.xml: is not UTF-8 text, as an XML file whose prolog names no encoding',
    );
  });

  it('refuses a truncated export with the line and column where it stops, and the pupil it stops in', () => {
    const whole = elevesXml([
      eleve('1001', { NOM_DE_FAMILLE: 'Simon', PRENOM: 'Erwan' }),
      eleve('1002', { NOM_DE_FAMILLE: 'Simon', PRENOM: 'Maël' }),
    ]);
    // Cut in the middle of the second pupil's name, as an upload that stopped short.
    const text = whole.slice(0, whole.indexOf('Maël') + 2);

    const error = refusal(() => parseSiecleEleves(encodeLatin9(text), ELEVES_FILE, TODAY));

    expect(error.problem).toMatchObject({
      severity: 'error',
      code: 'truncated_file',
      at: { file: ELEVES_FILE, line: 3, column: text.split('\n')[2]?.length },
      values: { element: 'PRENOM' },
    });
    expect(error.message).toMatch(/^ElevesSansAdresses\.xml: is incomplete: it stops at line 3, column \d+/);
  });

  it('names the real line of a generated export cut short, not « line 1, column 1 »', () => {
    const { eleves } = generateSiecle({ students: 30, seed: 3, today: TODAY });
    const cut = eleves.subarray(0, Math.floor(eleves.length * 0.6));
    const lines = new TextDecoder('iso-8859-15').decode(cut).trimEnd().split('\n');

    const { problem } = refusal(() => parseSiecleFile(cut, 'ElevesAvecAdresses.xml', TODAY));

    expect(problem.code).toBe('truncated_file');
    expect(problem.at).toEqual({
      file: 'ElevesAvecAdresses.xml',
      line: lines.length,
      column: lines.at(-1)?.length,
    });
  });
  it('refuses an export of another kind than the one expected, naming both roots', () => {
    const responsables = encodeLatin9(siecleXml('BEE_RESPONSABLES', parametres));

    expect(refusal(() => parseSiecleEleves(responsables, 'eleves.xml', TODAY)).message).toBe(
      'eleves.xml: is not the SIECLE export expected (root BEE_ELEVES): its root element is BEE_RESPONSABLES',
    );
  });

  it('refuses an XML file that is no SIECLE export', () => {
    const stsweb = encodeLatin9(siecleXml('STS_EDT', parametres));

    expect(refusal(() => parseSiecleFile(stsweb, 'sts_emp_0291234X_2026.xml', TODAY)).message).toBe(
      'sts_emp_0291234X_2026.xml: is not the SIECLE export expected ' +
        '(root BEE_ELEVES or BEE_RESPONSABLES or BEE_NOMENCLATURES): its root element is STS_EDT',
    );
  });
});

describe('Text in the wrong encoding', () => {
  it('refuses a file that says ISO-8859-15 but holds UTF-8 bytes, with the line and what the names would read', () => {
    const text = elevesXml([
      eleve('1001', { NOM_DE_FAMILLE: 'Durand', PRENOM: 'Louis' }),
      `\n${eleve('1002', { NOM_DE_FAMILLE: 'Lefèvre', PRENOM: 'Zoé' })}`,
    ]);
    const utf8 = new TextEncoder().encode(text);
    const line = text.split('\n').findIndex((row) => row.includes('Lefèvre')) + 1;

    const { problem, message } = refusal(() => parseSiecleEleves(utf8, ELEVES_FILE, TODAY));

    expect(problem).toMatchObject({
      code: 'wrong_encoding',
      at: { file: ELEVES_FILE, line },
      values: { encoding: 'ISO-8859-15', meant: expect.stringContaining('Lefèvre') },
    });
    // è is C3 A8 in UTF-8; ISO-8859-15 reads A8 as š, not ¨ as Latin-1 would.
    expect(problem.values?.read).toContain('LefÃšvre');
    expect(message).toContain(`line ${line}`);
  });

  it('refuses UTF-8 text already read once as Latin (« ZoÃ© », « CÅ\u0092UR »), naming its line', () => {
    const misread = new TextDecoder('iso-8859-15').decode(new TextEncoder().encode('CŒUR'));
    const text = elevesXml([
      eleve('1001', { NOM_DE_FAMILLE: 'Martin', PRENOM: 'Paul' }),
      `\n${eleve('1002', { NOM_DE_FAMILLE: misread, PRENOM: 'Jeanne' })}`,
    ]);
    const line = text.split('\n').findIndex((row) => row.includes('Jeanne')) + 1;

    const { problem } = refusal(() => parseSiecleEleves(encodeLatin9(text), ELEVES_FILE, TODAY));

    expect(problem).toMatchObject({ code: 'wrong_encoding', at: { line } });
    expect(problem.at.column).toBe((text.split('\n')[line - 1] ?? '').indexOf('Å') + 1);
  });

  it('refuses C1 control characters: a Windows-1252 apostrophe (byte 0x92) in a file that says ISO-8859-15', () => {
    const text = elevesXml([eleve('1001', { NOM_DE_FAMILLE: 'L_HERMITE', PRENOM: 'Chloé' })]);
    const bytes = encodeLatin9(text);
    bytes[text.indexOf('L_HERMITE') + 1] = 0x92;
    const line = text.split('\n').findIndex((row) => row.includes('L_HERMITE')) + 1;

    const { problem } = refusal(() => parseSiecleEleves(bytes, ELEVES_FILE, TODAY));

    expect(problem).toMatchObject({
      code: 'wrong_encoding',
      at: { line },
      values: { read: 'L\uFFFDHERMITE' },
    });
  });

  it('reads a real ISO-8859-15 export with Œ and accents without a word', () => {
    const { eleves } = generateSiecle({ students: 40, seed: 5, today: TODAY });

    expect(() => parseSiecleFile(eleves, 'ElevesAvecAdresses.xml', TODAY)).not.toThrow();
  });
});

describe('Pupils without INE', () => {
  it('reports each pupil still enrolled whose ID_NATIONAL is empty or absent, and still imports them', () => {
    const snapshot = readEleves(
      [
        eleve('1001', { NOM_DE_FAMILLE: 'Morel', PRENOM: 'Inès', ID_NATIONAL: '' }),
        `<ELEVE ELEVE_ID="1002"><NOM_DE_FAMILLE>Morel</NOM_DE_FAMILLE><PRENOM>Sacha</PRENOM></ELEVE>`,
        eleve('1003', { NOM_DE_FAMILLE: 'Morel', PRENOM: 'Lou' }),
      ],
      [structures('1001', '5A'), structures('1002', '5A'), structures('1003', '5A')],
    );

    expect(snapshot.problems).toEqual(
      ['1001', '1002'].map((eleveId) => ({
        severity: 'warning',
        at: { file: ELEVES_FILE, element: `ELEVE[ELEVE_ID=${eleveId}]` },
        field: 'ID_NATIONAL',
        reason: 'is missing: this pupil has no INE and is imported by ELEVE_ID only',
        code: 'missing_ine',
      })),
    );
    expect(snapshot.people.map(({ sourceId, nationalId }) => [sourceId, nationalId])).toEqual([
      ['siecle:eleve:1001', undefined],
      ['siecle:eleve:1002', undefined],
      ['siecle:eleve:1003', '0000001003K'],
    ]);
  });
});

describe('Which school and year a SIECLE file is about', () => {
  it('reads the UAJ and the school year of each file', () => {
    const files = generateSiecle({ students: 5, seed: 1, today: TODAY });

    const merged = mergeSnapshots([
      parseSiecleFile(files.eleves, 'ElevesAvecAdresses.xml', TODAY),
      parseSiecleFile(files.responsables, 'ResponsablesAvecAdresses.xml', TODAY),
    ]);

    expect(merged.origins).toEqual([
      { file: 'ElevesAvecAdresses.xml', uai: '0291234X', schoolYear: '2026-2027' },
      { file: 'ResponsablesAvecAdresses.xml', uai: '0291234X', schoolYear: '2026-2027' },
    ]);
  });
});

describe('A whole SIECLE import', () => {
  const files = generateSiecle({ students: 300, seed: 7, today: TODAY });
  const imported = mergeSnapshots([
    parseSiecleFile(files.responsables, 'export-1.xml', TODAY),
    parseSiecleFile(files.eleves, 'export-2.xml', TODAY),
    parseSiecleFile(files.nomenclature, 'export-3.xml', TODAY),
  ]);
  const students = imported.people.filter((person) => person.kind === 'student');
  const legalGuardiansOf = (sourceId: string) =>
    imported.guardianships.filter((link) => link.studentSourceId === sourceId && link.legal);

  it('recognises each export by its root element, whatever the file is called', () => {
    expect(students).toHaveLength(300);
    expect(imported.people.some((person) => person.kind === 'guardian')).toBe(true);
    expect(imported.levels).toContainEqual({ code: '10010012110', label: '6EME' });
    expect(imported.schoolYear).toBe('2026-2027');
    expect(imported.problems).toEqual([]);
  });

  it('gives most children two legal guardians, and siblings the same ones', () => {
    const withTwo = students.filter((pupil) => legalGuardiansOf(pupil.sourceId).length === 2);
    const [elder, younger] = students;

    expect(withTwo.length / students.length).toBeGreaterThan(0.8);
    expect(legalGuardiansOf(younger?.sourceId ?? '').map((link) => link.guardianSourceId)).toEqual(
      legalGuardiansOf(elder?.sourceId ?? '').map((link) => link.guardianSourceId),
    );
  });

  it('has pupils who left, in divisions 6A to 3D, with their groups', () => {
    const divisions = imported.classes
      .filter((aClass) => aClass.kind === 'division')
      .map((aClass) => aClass.code);

    expect(students.some((pupil) => !pupil.active)).toBe(true);
    expect(divisions.sort()).toEqual([
      '3A',
      '3B',
      '3C',
      '3D',
      '4A',
      '4B',
      '4C',
      '4D',
      '5A',
      '5B',
      '5C',
      '5D',
      '6A',
      '6B',
      '6C',
      '6D',
    ]);
    expect(students.every((pupil) => !pupil.active || pupil.groupCodes?.length)).toBe(true);
  });

  it('merges classes and levels named by several files once, keeping every problem', () => {
    const nomenclature = parseSiecleNomenclature(files.nomenclature, 'Nomenclature.xml');
    const eleves = parseSiecleEleves(files.eleves, ELEVES_FILE, TODAY);
    const broken = readEleves([eleve('1', { PRENOM: 'Sans-Nom' })]);

    const merged = mergeSnapshots([eleves, nomenclature, eleves, nomenclature, broken]);

    expect(merged.classes).toEqual(eleves.classes);
    expect(merged.levels).toEqual(nomenclature.levels);
    expect(merged.people).toHaveLength(eleves.people.length * 2);
    expect(merged.problems).toEqual(broken.problems);
  });

  it('generates the same files from the same seed', () => {
    const again = generateSiecle({ students: 300, seed: 7, today: TODAY });

    for (const name of ['eleves', 'responsables', 'nomenclature'] as const) {
      expect(Buffer.from(again[name]).equals(files[name]), name).toBe(true);
    }
  });
});

describe('A large school', () => {
  it('reads 10,000 pupils and their guardians', { timeout: 60_000 }, () => {
    const large = generateSiecle({ students: 10_000, seed: 2026, today: TODAY });

    const imported = mergeSnapshots([
      parseSiecleEleves(large.eleves, ELEVES_FILE, TODAY),
      parseSiecleResponsables(large.responsables, RESPONSABLES_FILE),
      parseSiecleNomenclature(large.nomenclature, 'Nomenclature.xml'),
    ]);

    expect(imported.people.filter((person) => person.kind === 'student')).toHaveLength(10_000);
    expect(imported.people.length).toBeGreaterThan(27_000);
    expect(imported.problems).toEqual([]);
  });
});
