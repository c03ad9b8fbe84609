import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashActivationCode } from '#domain/identity/activation-code';
import { lastValidDay } from '#domain/identity/activation-expiry';
import { accountKeys, personKeys } from '#infra/definitions/school-table';
import { demoDirectory } from '#infra/local/seed/people/demo-people';
import { csvRows } from '../../support/csv';
import { pdfPages } from '../../support/pdf-text';
import { type SchoolUnderTest, startSchoolUnderTest } from '../../support/school-under-test';

/**
 * The start of the year: the administrator issues codes to a class, downloads the CSV and the letters, and a
 * family activates its accounts with them.
 */
describe('activation codes, from the batch to the first sign-in', () => {
  let school: SchoolUnderTest;
  let admin: Awaited<ReturnType<SchoolUnderTest['as']>>;
  let directory: ReturnType<typeof demoDirectory>;
  let batch: {
    batchId: string;
    accounts: number;
    letters: number;
    csvUrl: string;
    pdfUrl: string;
    expiresAt: string;
  };
  let rows: string[][];
  const strongPassword = 'Ma-classe-de-6e!';

  const classId = () => directory.classes[1]?.classId as string;
  const activate = (code: string, password: string) =>
    school.anonymous('POST', '/api/activation', { code, password });

  beforeAll(async () => {
    school = await startSchoolUnderTest({
      kind: 'school',
      address: ['3 avenue Jean-Jaurès', '29200 Brest'],
      signatory: { name: 'Marc Le Gall', title: 'Principal du collège' },
    });
    directory = demoDirectory(school.school);
    admin = await school.as('direction.demo');
    const created = await admin(
      'POST',
      '/api/activation-batches',
      { scope: 'class', classId: classId() },
      {
        origin: 'https://portail.college.example.fr',
      },
    );
    expect(created.status).toBe(201);
    batch = created.body;
    rows = csvRows(await (await fetch(batch.csvUrl)).text());
  });

  afterAll(async () => school?.stop());

  it("covers the class's students and their guardians, one letter per family", async () => {
    const students = directory.people.filter((person) => person.classId === classId());
    const guardians = new Set(
      directory.guardianships
        .filter(([, childId]) => students.some(({ personId }) => personId === childId))
        .map(([guardianId]) => guardianId),
    );
    const withAccount = new Set(directory.accounts.map(({ personId }) => personId));
    const without = [...students.map(({ personId }) => personId), ...guardians].filter(
      (id) => !withAccount.has(id),
    );
    expect(batch.accounts).toBe(without.length);
    expect(rows.slice(1)).toHaveLength(batch.accounts);
    expect(new Set(rows.slice(1).map(([family]) => family)).size).toBe(batch.letters);
    expect(batch.letters).toBeLessThanOrEqual(students.length);
  });

  it('gives a CSV that French Excel opens: BOM, semicolons, the school portal address', async () => {
    const bytes = new Uint8Array(await (await fetch(batch.csvUrl)).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(rows[0]).toContain("Code d'activation");
    expect(rows[1]?.at(-1)).toBe('https://portail.college.example.fr/activation');
  });

  it('gives printable letters: one page per family, each with its own codes only', async () => {
    const response = await fetch(batch.pdfUrl);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toMatch(
      /attachment; filename=".*lettres-activation\.pdf"/,
    );
    const pages = await pdfPages(new Uint8Array(await response.arrayBuffer()));
    expect(pages).toHaveLength(batch.letters);
    const codeColumn = rows[0]?.indexOf("Code d'activation") as number;
    const familyOf = (row: string[]) => Number(row[0]);
    for (const row of rows.slice(1, 10)) {
      const code = row[codeColumn] as string;
      const pagesWithCode = pages.flatMap((page, index) => (page.includes(code) ? [index + 1] : []));
      expect(pagesWithCode).toEqual([familyOf(row)]);
    }
  });

  it('heads the letters with the school’s address, signs them, and gives each code a link that fills it in', async () => {
    const pages = await pdfPages(new Uint8Array(await (await fetch(batch.pdfUrl)).arrayBuffer()));
    for (const page of pages) {
      expect(page).toMatch(/^École de test 3 avenue Jean-Jaurès 29200 Brest Le /);
      expect(page).toMatch(/Principal du collège, Marc Le Gall$/);
      // The letters' own words use ’; a name keeps the apostrophe it is recorded with (N'Diaye, O'Brien).
      expect(page.replace(/\p{Lu}'\p{Lu}/gu, '')).not.toContain("'");
    }
    expect(pages[0]).toContain(
      'Scannez son code QR ou rendez-vous sur https://portail.college.example.fr/activation',
    );
  });

  it('names one last day in the answer, the CSV and the letters: the school’s day the codes stop after', async () => {
    const validUntil = rows[0]?.indexOf("Valable jusqu'au") as number;
    const days = new Set(rows.slice(1).map((row) => row[validUntil]));
    expect(days.size).toBe(1);
    const [day = ''] = [...days];
    const [dd, mm, yyyy] = day.split('/');
    expect(lastValidDay(batch.expiresAt, 'Europe/Paris')).toBe(`${yyyy}-${mm}-${dd}`);
    const longDay = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' })
      .format(Date.parse(`${yyyy}-${mm}-${dd}T12:00:00Z`))
      .replace(/^1 /, '1er ');
    const [page = ''] = await pdfPages(new Uint8Array(await (await fetch(batch.pdfUrl)).arrayBuffer()));
    expect(page).toContain(`jusqu’au ${longDay} inclus`);
  });

  it('stores only the hash of a code, never the code', async () => {
    const code = rows[1]?.[rows[0]?.indexOf("Code d'activation") as number] as string;
    const { Item } = await school.documents.send(
      new GetCommand({ TableName: school.tableName, Key: accountKeys.code(hashActivationCode(code)) }),
    );
    expect(Item).toBeDefined();
    expect(JSON.stringify(Item)).not.toContain(code);
  });

  it('activates an account with a code and a strong password; the code then works no more', async () => {
    const [header, row] = [rows[0] as string[], rows[1] as string[]];
    const code = row[header.indexOf("Code d'activation")] as string;
    const username = row[header.indexOf('Identifiant')] as string;

    const weak = await activate(code, 'motdepasse');
    expect(weak.status).toBe(400);
    expect(weak.body.error).toMatchObject({
      field: 'password',
      message: 'password: must have at least 12 characters',
    });
    const noSymbol = await activate(code, 'Motdepasse2026');
    expect(noSymbol.body.error.message).toBe('password: must contain a symbol such as ! ? # or %');

    const typedLoosely = ` ${code.toLowerCase().replaceAll('-', ' ')} `;
    const activated = await activate(typedLoosely, strongPassword);
    expect(activated.status).toBe(200);
    expect(activated.body).toMatchObject({ username });

    const token = await school.signIn(username, strongPassword);
    const me = await school.anonymous('GET', '/api/me', undefined, { authorization: `Bearer ${token}` });
    expect(me.body.username).toBe(username);

    const again = await activate(code, strongPassword);
    expect(again.status).toBe(400);
    expect(again.body.error).toMatchObject({ field: 'code' });
  });

  it('refuses an unknown code and an expired one alike', async () => {
    const unknown = await activate('AAAA-BBBB-CCCC', strongPassword);
    expect(unknown.status).toBe(400);
    const [header, row] = [rows[0] as string[], rows[2] as string[]];
    const code = row[header.indexOf("Code d'activation")] as string;
    const key = accountKeys.code(hashActivationCode(code));
    const { Item } = await school.documents.send(new GetCommand({ TableName: school.tableName, Key: key }));
    await school.documents.send(
      new PutCommand({
        TableName: school.tableName,
        Item: { ...Item, expiresAtIso: '2026-01-01T00:00:00.000Z' },
      }),
    );
    const expired = await activate(code, strongPassword);
    expect(expired.status).toBe(400);
    expect(expired.body.error).toEqual(unknown.body.error);
  });

  it('writes the activation to the audit trail of the person', async () => {
    const username = rows[1]?.[rows[0]?.indexOf('Identifiant') as number] as string;
    const { Item } = await school.documents.send(
      new GetCommand({ TableName: school.tableName, Key: accountKeys.username(username) }),
    );
    const changes = await admin('GET', `/api/people/${Item?.personId}/changes`);
    expect(changes.body.items[0]).toMatchObject({
      what: 'account-activated',
      fields: [{ field: 'password' }],
    });
    const person = await school.documents.send(
      new GetCommand({ TableName: school.tableName, Key: personKeys.item(String(Item?.personId)) }),
    );
    expect(person.Item?.GSI2PK).toBeUndefined();
  });

  it('issues no code to someone who already has an account', async () => {
    const again = await admin(
      'POST',
      '/api/activation-batches',
      { scope: 'class', classId: classId() },
      {
        origin: 'https://portail.college.example.fr',
      },
    );
    expect(again.body.accounts).toBe(batch.accounts - 1);
  });

  it('names the field and the reason of a bad scope', async () => {
    const unknownScope = await admin(
      'POST',
      '/api/activation-batches',
      { scope: 'everyone' },
      { origin: 'https://x.fr' },
    );
    expect(unknownScope.status).toBe(400);
    expect(unknownScope.body.error).toMatchObject({ field: 'scope' });
    const noClass = await admin(
      'POST',
      '/api/activation-batches',
      { scope: 'class', classId: 'zz' },
      { origin: 'https://x.fr' },
    );
    expect(noClass.status).toBe(404);
    const noLevel = await admin(
      'POST',
      '/api/activation-batches',
      { scope: 'level', level: '1re' },
      { origin: 'https://x.fr' },
    );
    expect(noLevel.body.error).toMatchObject({ field: 'level' });
  });

  it('records who changed a contact, what and when; the guardian may change their own', async () => {
    const guardian = directory.accounts.find(({ profile }) => profile === 'guardian');
    const asGuardian = await school.as('parent.demo');
    const changed = await asGuardian('PATCH', `/api/people/${guardian?.personId}`, {
      email: 'nouvelle@example.fr',
    });
    expect(changed.status).toBe(200);
    expect(changed.body.email).toBe('nouvelle@example.fr');
    const bad = await asGuardian('PATCH', `/api/people/${guardian?.personId}`, { email: 'pas-un-email' });
    expect(bad.body.error).toMatchObject({ field: 'email' });
    const [latest] = (await admin('GET', `/api/people/${guardian?.personId}/changes`)).body.items;
    expect(latest).toMatchObject({
      what: 'contact-updated',
      by: { personId: guardian?.personId },
      fields: [{ field: 'email', after: 'nouvelle@example.fr' }],
    });
    expect(Date.parse(latest.at)).toBeGreaterThan(Date.now() - 60_000);
  });
});
