import { describe, expect, it } from 'vitest';
import { UnreadableFileError } from '#domain/imports/import-snapshot';
import { parseStsweb } from '#domain/imports/stsweb/parse-stsweb';
import {
  encodeIso885915,
  fixtureSubjects,
  generateStsweb,
  planStsweb,
  renderStsEdt,
  stswebFileName,
} from '../../fixtures/stsweb/generate-stsweb';

const file = stswebFileName;
const options = { teachers: 30, seed: 2026 };
const plan = planStsweb(options);
const snapshot = parseStsweb(generateStsweb(options), file);

const person = (id: string) => snapshot.people.find((one) => one.sourceId === `sts:individu:${id}`);
const classOf = (code: string) => snapshot.classes.find((one) => one.code === code);

/** A hand-written export, for what a generated one does not show. */
const handWritten = (donnees: string, nomenclatures = '') =>
  encodeIso885915(
    '<?xml version="1.0" encoding="ISO-8859-15"?>\n<STS_EDT><PARAMETRES><UAJ CODE="0750001A"/>' +
      `<ANNEE_SCOLAIRE ANNEE="2026"/></PARAMETRES>${nomenclatures}<DONNEES>${donnees}</DONNEES></STS_EDT>`,
  );
const individu = (id: string, fields: string) => `<INDIVIDU ID="${id}" TYPE="epp">${fields}</INDIVIDU>`;
const division = (code: string, services: string) =>
  `<STRUCTURE><DIVISIONS><DIVISION CODE="${code}"><SERVICES>${services}</SERVICES></DIVISION></DIVISIONS></STRUCTURE>`;
const service = (subjectCode: string, teacherId: string, modality = 'CG') =>
  `<SERVICE CODE_MATIERE="${subjectCode}" CODE_MOD_COURS="${modality}"><ENSEIGNANTS>` +
  `<ENSEIGNANT ID="${teacherId}" TYPE="epp"/></ENSEIGNANTS></SERVICE>`;

describe('reading an STSWEB export', () => {
  it('keeps accents, compound names and apostrophes as the ISO-8859-15 file writes them', () => {
    const names = [
      { firstName: 'Hélène', lastName: 'CŒUR' },
      { firstName: 'Jean-François', lastName: "D'ALEMBERT" },
      { firstName: 'Maëlle', lastName: 'LE BRIS-QUÉRÉ' },
    ];
    const bytes = generateStsweb({ teachers: names, seed: 1 });
    expect(bytes).toContain(0xbc); // Œ, where ISO-8859-1 has ¼

    const people = parseStsweb(bytes, file).people;
    expect(people.slice(0, 3).map(({ firstName, lastName }) => ({ firstName, lastName }))).toEqual(names);
    expect(person('9002')).toMatchObject({ firstName: 'Jérôme', lastName: "N'DIAYE" });
  });

  it('reads a file declared UTF-8 as UTF-8', () => {
    const utf8 = new TextEncoder().encode(
      '<?xml version="1.0" encoding="UTF-8"?><STS_EDT><DONNEES><INDIVIDUS>' +
        individu('1', '<NOM_USAGE>CŒUR</NOM_USAGE><PRENOM>Gaëlle</PRENOM>') +
        '</INDIVIDUS></DONNEES></STS_EDT>',
    );
    expect(parseStsweb(utf8, file).people[0]).toMatchObject({ firstName: 'Gaëlle', lastName: 'CŒUR' });
  });

  it('tells the school year and the level of each division', () => {
    expect(snapshot.schoolYear).toBe('2026-2027');
    expect(snapshot.source).toBe('stsweb');
    expect(classOf('6A')?.levelCode).toBe('10010012110');
    expect(snapshot.levels).toContainEqual({ code: '10010012110', label: '6EME' });
  });

  it('sorts teachers from staff: a service or the ENS function makes a teacher', () => {
    const teachers = plan.individuals.filter((one) => one.subject !== undefined);
    expect(teachers.map((one) => person(one.id)?.kind)).toEqual(teachers.map(() => 'teacher'));
    expect(person('9001')?.kind).toBe('staff'); // principal, DIR
    expect(person('9003')?.kind).toBe('staff'); // CPE, EDU
    expect(person('9006')?.kind).toBe('staff'); // on leave, no FONCTION
    expect(person('9007')?.kind).toBe('teacher'); // ENS, no service yet
    expect(snapshot.people.every((one) => one.active)).toBe(true);

    const teachingPrincipal = parseStsweb(
      handWritten(
        `<INDIVIDUS>${individu('1', '<NOM_USAGE>LE GALL</NOM_USAGE><PRENOM>Anne</PRENOM><FONCTION>DIR</FONCTION>')}` +
          `</INDIVIDUS>${division('3A', service('061300', '1'))}`,
      ),
      file,
    );
    expect(teachingPrincipal.people[0]?.kind).toBe('teacher');
  });

  it('reads birth dates, which "local" people may lack', () => {
    const local = plan.individuals.find((one) => one.type === 'local' && one.fonction === 'ENS');
    expect(local && person(local.id)?.birthDate).toBeUndefined();
    expect(person('9005')?.birthDate).toBeUndefined();
    expect(person('9001')?.birthDate).toBe('1968-04-23');
    expect(snapshot.problems).toEqual([]);
  });

  it('lists divisions 6A…3D and the groups, labelled by LIBELLE_LONG or else by their code', () => {
    const divisions = snapshot.classes.filter((one) => one.kind === 'division').map((one) => one.code);
    expect(divisions).toEqual([
      '6A',
      '6B',
      '6C',
      '6D',
      '5A',
      '5B',
      '5C',
      '5D',
      '4A',
      '4B',
      '4C',
      '4D',
      '3A',
      '3B',
      '3C',
      '3D',
    ]);
    expect(classOf('6A')?.label).toBe('6EME A');
    expect(classOf('6D')?.label).toBe('6D');
    expect(classOf('4LATIN')).toMatchObject({
      kind: 'group',
      label: "LANGUES ET CULTURES DE L'ANTIQUITE LATIN 4EME",
    });
  });

  it('says who teaches which subject to which division or group, with the nomenclature label', () => {
    const mathsIn6A = plan.divisions
      .find((one) => one.code === '6A')
      ?.services.find((one) => one.subject === fixtureSubjects.maths);
    expect(snapshot.teaching).toContainEqual({
      teacherSourceId: `sts:individu:${mathsIn6A?.teacherIds[0]}`,
      classCode: '6A',
      subject: 'MATHEMATIQUES',
      at: {
        file,
        element: `DIVISION[CODE=6A]/SERVICE[CODE_MATIERE=061300]/ENSEIGNANT[ID=${mathsIn6A?.teacherIds[0]}]`,
      },
    });
    const germanIn3 = snapshot.teaching.filter((one) => one.classCode === '3ALL2');
    expect(germanIn3.map((one) => one.subject)).toEqual(['ALLEMAND LV2']);

    const teacherIds = new Set(
      snapshot.people.filter((one) => one.kind === 'teacher').map((one) => one.sourceId),
    );
    expect(snapshot.teaching.every((one) => teacherIds.has(one.teacherSourceId))).toBe(true);
    expect(snapshot.teaching.every((one) => classOf(one.classCode))).toBe(true);
  });

  it('names a subject missing from the nomenclature by its code, and a doubled service once', () => {
    const teaching = parseStsweb(
      handWritten(
        `<INDIVIDUS>${individu('1', '<NOM_USAGE>PETIT</NOM_USAGE><PRENOM>Loïc</PRENOM>')}</INDIVIDUS>` +
          division(
            '4B',
            service('061800', '1', 'CG') + service('061800', '1', 'TP') + service('999999', '1'),
          ),
        '<NOMENCLATURES><MATIERES><MATIERE CODE="061800"><LIBELLE_LONG>PHYSIQUE-CHIMIE</LIBELLE_LONG>' +
          '</MATIERE></MATIERES></NOMENCLATURES>',
      ),
      file,
    ).teaching;
    expect(teaching.map((one) => one.subject)).toEqual(['PHYSIQUE-CHIMIE', '999999']);
  });

  it('keeps the codes and names STSWEB writes, even where another source writes them otherwise', () => {
    const names = [
      { firstName: 'Hélène', lastName: 'FAURÉ' },
      { firstName: 'Paul', lastName: 'MARTIN' },
    ];
    const other = parseStsweb(
      generateStsweb({ teachers: names, seed: 3, divisions: ['6EME A', '6EME B'], respelled: [0, 1] }),
      file,
    );
    expect(other.classes.filter((one) => one.kind === 'division')).toMatchObject([
      { code: '6EME A', label: '6EME A' },
      { code: '6EME B', label: '6EME B' },
    ]);
    expect(other.people.slice(0, 2)).toMatchObject([
      { firstName: 'Helene', lastName: 'FAURE' },
      { firstName: 'Paul', lastName: 'MARTIN-ROUSSEL' },
    ]);
  });

  it('reports missing names, unknown teachers and bad dates with their element and field', () => {
    const read = parseStsweb(
      handWritten(
        '<INDIVIDUS>' +
          individu('42', '<PRENOM>Inès</PRENOM>') +
          individu('43', '<NOM_USAGE>ROUX</NOM_USAGE>') +
          individu(
            '44',
            '<NOM_USAGE>GIRARD</NOM_USAGE><PRENOM>Rémi</PRENOM><DATE_NAISSANCE>12/03/1975</DATE_NAISSANCE>',
          ) +
          individu('45', '<NOM_USAGE>SIMON</NOM_USAGE><PRENOM>Léa</PRENOM><FONCTION>ENS</FONCTION>') +
          `</INDIVIDUS>${division('5C', service('020100', '42') + service('061300', '77'))}`,
      ),
      file,
    );
    expect(read.problems).toEqual([
      {
        severity: 'error',
        at: { file, element: 'INDIVIDU[ID=42]' },
        field: 'NOM_USAGE',
        reason: 'is missing',
      },
      { severity: 'error', at: { file, element: 'INDIVIDU[ID=43]' }, field: 'PRENOM', reason: 'is missing' },
      {
        severity: 'warning',
        at: { file, element: 'INDIVIDU[ID=44]' },
        field: 'DATE_NAISSANCE',
        reason: 'is not a date yyyy-mm-dd',
      },
      {
        severity: 'error',
        at: { file, element: 'DIVISION[CODE=5C]/SERVICE[CODE_MATIERE=061300]/ENSEIGNANT[ID=77]' },
        field: 'ID',
        reason: 'is no INDIVIDU of the file',
      },
    ]);
    expect(read.people.map((one) => [one.lastName, one.kind, one.birthDate])).toEqual([
      ['GIRARD', 'staff', undefined],
      ['SIMON', 'teacher', undefined],
    ]);
    expect(read.teaching).toEqual([]);
  });

  it('refuses a file that is not XML, naming the file', () => {
    const csv = new TextEncoder().encode('NOM;PRENOM\nDURAND;Michel\n');
    expect(() => parseStsweb(csv, 'profs.csv')).toThrow(UnreadableFileError);
    expect(() => parseStsweb(csv, 'profs.csv')).toThrow(
      /^profs\.csv: is not a well-formed XML file \(line 1, column 1/,
    );
    const pdf = Uint8Array.from([
      0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0xe2, 0xe3, 0xcf, 0xd3,
    ]);
    expect(() => parseStsweb(pdf, 'emploi-du-temps.pdf')).toThrow(/^emploi-du-temps\.pdf: /);
  });

  it('refuses XML whose root is not STS_EDT, naming the file and the root', () => {
    const siecle = encodeIso885915('<?xml version="1.0" encoding="ISO-8859-15"?><BEE_ELEVES/>');
    expect(() => parseStsweb(siecle, 'ElevesSansAdresses.xml')).toThrow(UnreadableFileError);
    expect(() => parseStsweb(siecle, 'ElevesSansAdresses.xml')).toThrow(
      /^ElevesSansAdresses\.xml: .*root element is BEE_ELEVES, not STS_EDT/,
    );
    const upward = encodeIso885915('<EDT_STS><DONNEES/></EDT_STS>');
    expect(() => parseStsweb(upward, 'emp_sts_0750001A_2026.xml')).toThrow(/emp_sts file sent to STSWEB/);
  });

  it('refuses bytes that are not in the encoding the file declares', () => {
    const latin1DeclaredUtf8 = encodeIso885915(
      '<?xml version="1.0" encoding="UTF-8"?><STS_EDT>Hélène</STS_EDT>',
    );
    expect(() => parseStsweb(latin1DeclaredUtf8, file)).toThrow(
      `${file}: is not UTF-8 text, although its XML prolog says so`,
    );
  });
});

describe('the variants of a real STSWEB export', () => {
  const real = renderStsEdt(plan);
  const refusalOf = (bytes: Uint8Array, name = file) => {
    try {
      parseStsweb(bytes, name);
    } catch (error) {
      if (error instanceof UnreadableFileError) return error;
      throw error;
    }
    throw new Error('the file was read');
  };

  it('says which establishment and school year it is about', () => {
    expect(snapshot.origins).toEqual([{ file, uai: '0750001A', schoolYear: '2026-2027' }]);
  });

  it('reads an export declared ISO-8859-1 (lower case), with Windows line endings, like the ISO-8859-15 one', () => {
    const latin1 = real
      .replace('encoding="ISO-8859-15"', 'encoding="iso-8859-1"')
      .replaceAll('\n', '\r\n')
      // Latin-1 has no Œ: the older exports write it as a character reference.
      .replaceAll('Œ', '&#338;')
      .replaceAll('œ', '&#339;');

    const read = parseStsweb(encodeIso885915(latin1), file);

    expect(read.people).toEqual(snapshot.people);
    expect(read.teaching).toEqual(snapshot.teaching);
  });

  it('refuses an export cut short, with the line and column where it stops', () => {
    const cut = real.slice(0, Math.floor(real.length / 2));
    const lines = cut.trimEnd().split('\n');

    const { problem } = refusalOf(encodeIso885915(cut));

    expect(problem).toMatchObject({
      code: 'truncated_file',
      at: { file, line: lines.length, column: lines.at(-1)?.length },
    });
  });

  it('refuses UTF-8 bytes under an ISO-8859-15 prolog, naming the first line they are on', () => {
    const utf8 = new TextEncoder().encode(real);
    const line = real.split('\n').findIndex((row) => /[\u0080-\uFFFF]/.test(row)) + 1;

    const { problem } = refusalOf(utf8);

    expect(problem).toMatchObject({ code: 'wrong_encoding', at: { file, line } });
  });
});

describe('the generated STSWEB export', () => {
  it('is the same for the same seed, and differs for another', () => {
    expect(generateStsweb(options)).toEqual(generateStsweb(options));
    expect(generateStsweb(options)).not.toEqual(generateStsweb({ ...options, seed: 2027 }));
  });
});
