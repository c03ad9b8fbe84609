import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { create as encodeQrCode } from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ActivationBatchContext,
  ActivationLetter,
  LetterAccount,
} from '#domain/identity/activation-letter';
import { renderActivationCodesCsv } from '#functions/identity/letters/activation-codes-csv';
import { renderActivationLettersPdf } from '#functions/identity/letters/activation-letters-pdf';
import { activationLinkOf } from '#functions/identity/letters/activation-qr-code';
import { lambdaBundleOptions } from '#infra/build/bundle-functions';

// Late in the evening in Paris, already the next day: the documents must show the school's dates, not UTC's.
const context: ActivationBatchContext = {
  schoolName: 'Collège Jean-Jaurès',
  schoolAddress: ['3 avenue Jean-Jaurès', '29200 Brest'],
  signatory: { name: 'Marc Le Gall', title: 'Principal du collège' },
  activationUrl: 'https://college-jaures.example.fr/activation',
  createdAt: '2026-11-22T23:30:00.000Z',
  validUntil: '2026-12-23',
  timeZone: 'Europe/Paris',
};

const account = (
  fields: Partial<LetterAccount> & Pick<LetterAccount, 'firstName' | 'lastName' | 'code'>,
): LetterAccount => ({
  profile: 'student',
  username: `${fields.firstName}.${fields.lastName}`.toLowerCase(),
  ...fields,
});

const dupont: ActivationLetter = {
  addressees: ['Marie Dupont', 'Paul Dupont'],
  accounts: [
    account({ firstName: 'Marie', lastName: 'Dupont', profile: 'guardian', code: 'K7QM-3TZA-HX9P' }),
    account({ firstName: 'Paul', lastName: 'Dupont', profile: 'guardian', code: 'B8RT-4WNC-YE2K' }),
    account({
      firstName: 'Léa',
      lastName: 'Dupont',
      classLabel: '6e A',
      username: 'lea.dupont',
      code: 'M3XS-9PQD-ZT7G',
    }),
    account({ firstName: 'Hugo', lastName: 'Dupont', classLabel: '4e B', code: 'W5HJ-2KVF-RA8N' }),
  ],
};

const teacher: ActivationLetter = {
  addressees: ['Jean Martin'],
  accounts: [account({ firstName: 'Jean', lastName: 'Martin', profile: 'teacher', code: 'C6DE-7FGH-JK8M' })],
};

const elodie: ActivationLetter = {
  addressees: ['Élodie Lefèvre-Çelik'],
  accounts: [
    account({
      firstName: 'Élodie',
      lastName: 'Lefèvre-Çelik',
      classLabel: '6e A',
      username: 'elodie.lefevre-celik',
      code: 'N9PQ-RS2T-VW3X',
    }),
  ],
};

const letters = [dupont, teacher, elodie];

const csvHeader =
  "Famille;Destinataires;Nom;Prénom;Profil;Classe;Identifiant;Code d'activation;Valable jusqu'au;Adresse d'activation";

/** The lines Excel sees, once it has taken the BOM off. */
const csvLines = (letters: ActivationLetter[]) => {
  const csv = renderActivationCodesCsv(letters, context);
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv.endsWith('\r\n')).toBe(true);
  return csv.slice(1, -2).split('\r\n');
};

describe('the CSV of activation codes', () => {
  it('opens in French Excel: UTF-8 with a BOM, semicolons, CRLF and a French header row', () => {
    const csv = renderActivationCodesCsv(letters, context);

    expect([...Buffer.from(csv, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    expect(csvLines(letters)[0]).toBe(csvHeader);
  });

  it('has one row per account, numbered by family, with French profiles, accents and dates', () => {
    const rows = csvLines(letters).slice(1);

    expect(rows).toHaveLength(6);
    expect(rows.map((row) => row.split(';')[0])).toEqual(['1', '1', '1', '1', '2', '3']);
    expect(rows[0]).toBe(
      '1;Marie Dupont, Paul Dupont;Dupont;Marie;responsable légal;;marie.dupont;K7QM-3TZA-HX9P;23/12/2026;' +
        'https://college-jaures.example.fr/activation',
    );
    expect(rows[2]).toContain(';Dupont;Léa;élève;6e A;lea.dupont;M3XS-9PQD-ZT7G;');
    expect(rows[4]).toContain(';Martin;Jean;enseignant;;jean.martin;C6DE-7FGH-JK8M;');
    expect(rows[5]).toContain('3;Élodie Lefèvre-Çelik;Lefèvre-Çelik;Élodie;élève;6e A;elodie.lefevre-celik;');
  });

  it('quotes a field with a semicolon or a double quote, doubling the quotes', () => {
    const roy = account({
      firstName: 'Anne "Nanou"',
      lastName: 'Roy; Martin',
      username: 'anne.roy',
      code: 'X',
    });
    const [, row] = csvLines([{ addressees: ['Anne Roy'], accounts: [roy] }]);

    expect(row).toContain(';"Roy; Martin";"Anne ""Nanou""";');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const attacker = account({
      firstName: '@SUM(A1:A9)',
      lastName: '=HYPERLINK("https://evil.example";"Cliquez")',
      classLabel: '+33 6 12 34 56 78',
      username: '-2+3',
      code: 'X',
    });
    const [, row] = csvLines([{ addressees: ['Parent'], accounts: [attacker] }]);

    expect(row).toBe(
      `1;Parent;"'=HYPERLINK(""https://evil.example"";""Cliquez"")";'@SUM(A1:A9);élève;'+33 6 12 34 56 78;'-2+3;X;` +
        '23/12/2026;https://college-jaures.example.fr/activation',
    );
  });
});

const standardFontDataUrl = join(
  dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')),
  'standard_fonts/',
);

/** The text of each page, as a reader copying it would get it, spaces collapsed. */
const readPdf = async (pdf: Uint8Array) => {
  const document = await getDocument({ data: pdf.slice(), standardFontDataUrl }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const { items } = await (await document.getPage(number)).getTextContent();
    const text = items.map((item) => ('str' in item ? item.str : '')).join(' ');
    pages.push(text.replace(/\s+/g, ' '));
  }
  const { info } = await document.getMetadata();
  await document.destroy();
  return { pages, info };
};

/** pdf.js's path operations, as `constructPath` lists them: a square is a move, three lines and a close. */
const moveTo = 0;
const pathStep = { 0: 3, 1: 3, 2: 7, 3: 5, 4: 1 } as Record<number, number>;

/**
 * The QR codes drawn on a page, read back from its vector paths: each filled path of many squares is laid on a grid
 * of its module size, and its dark modules listed as "row,column". Comparing them with what the encoder makes of a
 * link decodes the printed code exactly, with no scanner.
 */
const qrCodesOn = async (pdf: Uint8Array, pageNumber: number) => {
  const document = await getDocument({ data: pdf.slice(), standardFontDataUrl }).promise;
  const { fnArray, argsArray } = await (await document.getPage(pageNumber)).getOperatorList();
  await document.destroy();
  return fnArray.flatMap((fn, index) => {
    if (fn !== OPS.constructPath) return [];
    const path = Array.from((argsArray[index] as [number, ArrayLike<number>[]])[1][0] ?? []);
    const corners: [number, number][] = [];
    for (let at = 0; at < path.length; at += pathStep[path[at] as number] ?? 1)
      if (path[at] === moveTo) corners.push([path[at + 1] as number, path[at + 2] as number]);
    if (corners.length < 100) return [];
    const [second, first] = [path[4] as number, path[1] as number];
    const module = Math.abs(second - first);
    const left = Math.min(...corners.map(([x]) => x));
    const top = Math.min(...corners.map(([, y]) => y));
    return [
      new Set(
        corners.map(([x, y]) => `${Math.round((y - top) / module)},${Math.round((x - left) / module)}`),
      ),
    ];
  });
};

const darkModulesOf = (text: string) => {
  const { modules } = encodeQrCode(text, { errorCorrectionLevel: 'M' });
  const dark = new Set<string>();
  for (let row = 0; row < modules.size; row += 1)
    for (let column = 0; column < modules.size; column += 1)
      if (modules.get(row, column)) dark.add(`${row},${column}`);
  return dark;
};

const codesOf = (letter: ActivationLetter) => letter.accounts.map(({ code }) => code);

describe('the PDF of activation letters', () => {
  let pages: string[];
  let info: unknown;

  beforeAll(async () => {
    ({ pages, info } = await readPdf(await renderActivationLettersPdf(letters, context)));
  });

  it('prints one page per family, with its people, usernames and codes and no one else’s', () => {
    expect(pages).toHaveLength(letters.length);
    letters.forEach((letter, index) => {
      const page = pages[index] ?? '';
      for (const { firstName, lastName, username, code } of letter.accounts) {
        expect(page).toContain(`${lastName} ${firstName}`);
        expect(page).toContain(username);
        expect(page).toContain(code);
      }
      const othersCodes = letters.filter((other) => other !== letter).flatMap(codesOf);
      for (const code of othersCodes) expect(page).not.toContain(code);
    });
  });

  it('addresses the family and explains, in French, how to activate before the expiry date', () => {
    const [family = '', , student = ''] = pages;

    expect(family).toContain('Collège Jean-Jaurès');
    expect(family).toContain('Le 23 novembre 2026');
    expect(family).toContain('À l’attention de Marie Dupont, Paul Dupont');
    expect(family).toContain('rendez-vous sur https://college-jaures.example.fr/activation');
    expect(family).toContain(
      'd’au moins 12 caractères, avec une majuscule, une minuscule, un chiffre et un symbole',
    );
    expect(family).toContain(
      'Chaque code ne fonctionne qu’une seule fois, jusqu’au 23 décembre 2026 inclus.',
    );
    expect(family).toContain('Conservez cette lettre en lieu sûr');
    expect(family).toContain('l’établissement peut vous remettre un nouveau code');
    expect(family).toContain('responsable légal');
    expect(family).toContain('élève · 6e A');
    expect(family).toContain('élève · 4e B');
    expect(pages[1]).toContain('enseignant');
    expect(student).toContain('À l’attention d’Élodie Lefèvre-Çelik');
    expect(student).toContain('Lefèvre-Çelik Élodie');
  });

  it('heads each letter with the school’s address and closes it with its signatory', () => {
    for (const page of pages) {
      expect(page).toMatch(/^Collège Jean-Jaurès 3 avenue Jean-Jaurès 29200 Brest Le 23 novembre 2026/);
      expect(page).toMatch(/Principal du collège, Marc Le Gall$/);
    }
  });

  it('writes French apostrophes as typographers do, never a straight one', () => {
    for (const page of pages) expect(page).not.toContain("'");
    expect(pages[0]).toContain('Vos codes d’activation');
  });

  it('links each account’s QR code to the activation page with its code filled in', () => {
    expect(activationLinkOf(context.activationUrl, 'K7QM-3TZA-HX9P')).toBe(
      'https://college-jaures.example.fr/activation?code=K7QM-3TZA-HX9P',
    );
    expect(pages[0]).toContain(
      'Scannez son code QR ou rendez-vous sur https://college-jaures.example.fr/activation',
    );
  });

  it('prints a QR code per account that decodes to the activation page with that account’s code', async () => {
    const pdf = await renderActivationLettersPdf([dupont], context);
    const printed = await qrCodesOn(pdf, 1);

    expect(printed).toHaveLength(dupont.accounts.length);
    dupont.accounts.forEach(({ code }, index) => {
      expect(printed[index]).toEqual(
        darkModulesOf(`https://college-jaures.example.fr/activation?code=${encodeURIComponent(code)}`),
      );
    });
    expect(printed[0]).not.toEqual(printed[1]);
  });

  it('names the document for the school, in French', () => {
    expect(info).toMatchObject({
      Title: 'Codes d’activation – Collège Jean-Jaurès',
      Author: 'Préau',
      Language: 'fr-FR',
    });
  });

  it('keeps a family of two guardians and three children, with long names, on one signed page', async () => {
    const family: ActivationLetter = {
      addressees: ['Nathalie Benali-Lefèvre', 'Christophe N’Diaye-Moreau'],
      accounts: [
        account({
          firstName: 'Nathalie',
          lastName: 'Benali-Lefèvre',
          profile: 'guardian',
          code: 'S8AH-ZJ8Z-25HF',
        }),
        account({
          firstName: 'Christophe',
          lastName: 'N’Diaye-Moreau',
          profile: 'guardian',
          code: 'V2N9-JNKK-ZASE',
        }),
        ...['Yanis', 'Gabriel-Émile', 'Anaïs'].map((firstName, index) =>
          account({
            firstName,
            lastName: 'Benali-Lefèvre',
            classLabel: '6e B',
            code: `TGKN-EYYG-5CA${index}`,
          }),
        ),
      ],
    };
    const { pages } = await readPdf(await renderActivationLettersPdf([family], context));

    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatch(/TGKN-EYYG-5CA2 .*Principal du collège, Marc Le Gall$/);
  });

  it('lets a large family flow onto more pages, and still starts the next letter on a page of its own', async () => {
    const large: ActivationLetter = {
      addressees: ['Claire Bernard'],
      accounts: Array.from({ length: 9 }, (_, index) =>
        account({ firstName: `Enfant${index + 1}`, lastName: 'Bernard', code: `CODE-${index + 1}-BERN` }),
      ),
    };
    const { pages } = await readPdf(await renderActivationLettersPdf([large, teacher], context));

    expect(pages.length).toBe(3);
    expect(pages.slice(0, 2).join(' ')).toContain('CODE-9-BERN');
    expect(pages[2]).toContain('Martin Jean');
    expect(pages[2]).not.toContain('BERN');
  });

  it('prints a name the standard fonts cannot encode without its marks, leaving the rest of the line intact', async () => {
    const name = account({
      firstName: 'Łukasz',
      lastName: 'Şahin',
      username: 'lukasz.sahin',
      code: 'P4QR-5STV-6WXY',
    });
    const { pages } = await readPdf(
      await renderActivationLettersPdf(
        [{ addressees: ['Łukasz Şahin', 'Ana Şahin'], accounts: [name] }],
        context,
      ),
    );

    expect(pages[0]).toContain('À l’attention de Lukasz Sahin, Ana Sahin');
    expect(pages[0]).toContain('Sahin Lukasz');
  });
});

describe('the letters in a Lambda bundle', () => {
  let outdir: string;

  beforeAll(async () => {
    // Far from node_modules: the bundle must carry everything, the standard fonts' metrics included.
    outdir = await mkdtemp(join(tmpdir(), 'preau-letters-'));
  });

  afterAll(async () => {
    await rm(outdir, { recursive: true, force: true });
  });

  it('renders the letters from one ESM file built like the functions, in a plain Node process', async () => {
    const entry = fileURLToPath(
      new URL('../../../functions/identity/letters/activation-letters-pdf.ts', import.meta.url),
    );
    const bundle = join(outdir, 'index.mjs');
    const { metafile } = await build({
      ...lambdaBundleOptions,
      entryPoints: [entry],
      outfile: bundle,
      metafile: true,
      logLevel: 'warning',
    });
    const render =
      'const { renderActivationLettersPdf } = await import(process.argv[1]);' +
      'const pdf = await renderActivationLettersPdf(JSON.parse(process.argv[2]), JSON.parse(process.argv[3]));' +
      'process.stdout.write(Buffer.from(pdf).toString("base64"));';
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--input-type=module', '-e', render, bundle, JSON.stringify([elodie]), JSON.stringify(context)],
      { cwd: outdir },
    );
    const { pages } = await readPdf(new Uint8Array(Buffer.from(stdout, 'base64')));

    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('Lefèvre-Çelik Élodie');
    expect(pages[0]).toContain('N9PQ-RS2T-VW3X');
    expect(await readFile(bundle, 'utf8')).not.toContain('#standard-fonts');
    expect(Object.values(metafile.outputs)[0]?.bytes).toBeLessThan(1.2 * 1024 * 1024);
  });
});
