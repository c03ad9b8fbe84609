import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxEvents } from '../../support/outbox-events';
import { type SchoolUnderTest, startSchoolUnderTest } from '../../support/school-under-test';

type Request = SchoolUnderTest['request'];

/**
 * The instruments' inventory against DynamoDB Local and s3rver, through the handlers: staff add and change items
 * (each change a line of history, audited), teachers read them, a school's spreadsheet comes in once however often
 * it is imported, and the public catalogue of a family is written again when one of its items changes, naming
 * nobody. (Another school's tokens are refused by the access matrix's cases.)
 */
describe('the inventory of instruments, from an item to its public catalogue', () => {
  let school: SchoolUnderTest;
  let staff: Request;
  let head: Request;
  let teacher: Request;
  let pupil: Request;
  let staffToken: string;
  let cello: { itemId: string; version: number };

  const cello44 = {
    family: 'strings',
    kind: 'Violoncelle 4/4',
    maker: 'Gliga',
    model: 'Gems 1',
    serialNumber: 'GL-2019-0042',
    year: 2019,
    valueCents: 250_000,
    condition: 'good',
    location: 'Salle 12',
    accessories: ['housse', 'archet'],
  };
  /** A download, as the portal makes it: the body's bytes. */
  const download = async (path: string) => {
    const response = await fetch(`${school.url}${path}`, {
      headers: { authorization: `Bearer ${staffToken}` },
    });
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      bytes: new Uint8Array(await response.arrayBuffer()),
    };
  };
  const catalogue = async (slug: string) => {
    const response = await fetch(`${school.url}/s/instruments/${slug}/`);
    return { status: response.status, text: await response.text() };
  };

  beforeAll(async () => {
    school = await startSchoolUnderTest({}, { signedInAs: 'vie-scolaire.demo' });
    staff = school.request;
    staffToken = await school.signIn('vie-scolaire.demo');
    head = await school.as('direction.demo');
    teacher = await school.as('prof.demo');
    pupil = await school.as('eleve.demo');
  }, 300_000);
  afterAll(() => school?.stop());

  it('lets the staff add an item, with its kit, and the teachers read it with its history', async () => {
    const created = await staff('POST', '/api/loans/items', cello44);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ...cello44, status: 'available', version: 1 });
    cello = created.body;

    const read = await teacher('GET', `/api/loans/items/${cello.itemId}`);
    expect(read.status).toBe(200);
    expect(read.body.item.accessories).toEqual(['housse', 'archet']);
    expect(read.body.history).toEqual([expect.objectContaining({ version: 1, change: 'created' })]);

    expect((await teacher('POST', '/api/loans/items', cello44)).status).toBe(403);
    expect((await pupil('GET', `/api/loans/items/${cello.itemId}`)).status).toBe(403);
    const events = await outboxEvents(school, 'ItemChanged');
    expect(events).toEqual([
      expect.objectContaining({ itemId: cello.itemId, family: 'strings', change: 'created' }),
    ]);
  });

  it('keeps a line of history per change, refuses a stale version and the loans’ statuses', async () => {
    const changed = await head('PUT', `/api/loans/items/${cello.itemId}`, {
      ...cello44,
      condition: 'fair',
      location: 'Réserve des cordes',
      version: 1,
    });
    expect(changed.status).toBe(200);
    expect(changed.body.version).toBe(2);

    const stale = await staff('PUT', `/api/loans/items/${cello.itemId}`, { ...cello44, version: 1 });
    expect(stale.status).toBe(412);
    const byLoans = await staff('PUT', `/api/loans/items/${cello.itemId}`, {
      ...cello44,
      status: 'on-loan',
      version: 2,
    });
    expect(byLoans.status).toBe(400);
    expect(byLoans.body.error.errors).toEqual([
      expect.objectContaining({ field: 'status', code: 'status_set_by_loans' }),
    ]);

    const { body } = await staff('GET', `/api/loans/items/${cello.itemId}`);
    expect(body.item).toMatchObject({ version: 2, condition: 'fair' });
    expect(
      body.history.map(({ version, fields }: { version: number; fields: string[] }) => ({ version, fields })),
    ).toEqual([
      { version: 1, fields: expect.arrayContaining(['kind', 'serialNumber']) },
      { version: 2, fields: ['condition', 'location'] },
    ]);
  });

  it('refuses a second item with the same maker’s serial number, whatever its spacing or case', async () => {
    const twice = await staff('POST', '/api/loans/items', { ...cello44, serialNumber: 'gl 2019 0042' });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('serial_number_taken');
    const otherMaker = await staff('POST', '/api/loans/items', {
      ...cello44,
      maker: 'Stentor',
      serialNumber: 'GL-2019-0042',
    });
    expect(otherMaker.status).toBe(201);
  });

  it('lists a family by kind, filtered by words in any case and without accents', async () => {
    await staff('POST', '/api/loans/items', { family: 'strings', kind: 'Violon 3/4', maker: 'Mirecourt' });
    await staff('POST', '/api/loans/items', { family: 'winds', kind: 'Flûte traversière', maker: 'Yamaha' });
    const strings = await teacher('GET', '/api/loans/items?family=strings');
    expect(strings.body.items.map(({ kind }: { kind: string }) => kind)).toEqual([
      'Violon 3/4',
      'Violoncelle 4/4',
      'Violoncelle 4/4',
    ]);
    const found = await teacher('GET', '/api/loans/items?family=winds&q=FLUTE');
    expect(found.body.items).toHaveLength(1);
    const bad = await teacher('GET', '/api/loans/items?family=strings&cursor=bm9wZQ');
    expect(bad.status).toBe(400);
  });

  it('imports a French Excel spreadsheet with a column mapping, once however often, after a dry run', async () => {
    const csv = [
      'Réf;Désignation;Fabricant;N° série;Valeur;État;Famille',
      'A-01;Alto 38 cm;Höfner;HF-1;900,00 €;bon;Cordes',
      'A-02;Trompette;Yamaha;YT-7;550;neuf;Cuivres',
      'A-03;;Yamaha;YT-8;550;neuf;Cuivres',
      'A-04;Tuba;Besson;BS-1;beaucoup;bon;Cuivres',
      'A-05;Cloches;Bergerault;;;;Carillons',
    ].join('\r\n');
    // Excel on a French Windows machine writes Windows-1252.
    const bytes = Uint8Array.from(
      [...csv].map((character) => (character === '€' ? 0x80 : character.charCodeAt(0))),
    );
    const file = Buffer.from(bytes).toString('base64');
    const mapping = { sourceId: 'Réf', kind: 'Désignation', maker: 'Fabricant', serialNumber: 'N° série' };

    const dry = await staff('POST', '/api/loans/imports', { file, mapping, apply: false });
    expect(dry.status).toBe(200);
    expect(dry.body.mapping).toMatchObject({
      ...mapping,
      value: 'Valeur',
      condition: 'État',
      family: 'Famille',
    });
    expect(dry.body.toCreate).toEqual([
      { line: 2, kind: 'Alto 38 cm', family: 'strings' },
      { line: 3, kind: 'Trompette', family: 'brass' },
    ]);
    expect(dry.body.refused.map(({ line, field }: { line: number; field: string }) => [line, field])).toEqual(
      [
        [4, 'kind'],
        [5, 'value'],
        [6, 'family'],
      ],
    );
    expect((await staff('GET', '/api/loans/items?family=brass')).body.items).toHaveLength(0);

    const [first, second] = await Promise.all([
      staff('POST', '/api/loans/imports', { file, mapping, apply: true }),
      head('POST', '/api/loans/imports', { file, mapping, apply: true }),
    ]);
    expect(first.body.created.length + second.body.created.length).toBe(2);
    const again = await staff('POST', '/api/loans/imports', { file, mapping, apply: true });
    expect(again.body).toMatchObject({ created: [], already: [2, 3] });
    const brass = await staff('GET', '/api/loans/items?family=brass');
    expect(brass.body.items).toEqual([
      expect.objectContaining({ kind: 'Trompette', condition: 'new', valueCents: 55_000 }),
    ]);
    const alto = (await staff('GET', '/api/loans/items?family=strings&q=alto')).body.items[0];
    expect(alto).toMatchObject({ maker: 'Höfner', valueCents: 90_000 });
  });

  it('exports the inventory for French Excel and prints QR labels', async () => {
    const csv = await download('/api/loans/export?family=strings');
    expect(csv.status).toBe(200);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(csv.bytes);
    expect(text.startsWith('\uFEFFIdentifiant;Famille;Désignation')).toBe(true);
    expect(text).toContain(';Violoncelle 4/4;Gliga;Gems 1;GL-2019-0042;2019;2500,00;Correct;');

    const labels = await download('/api/loans/labels?family=strings');
    expect(labels.status).toBe(200);
    expect(labels.type).toBe('application/pdf');
    expect(new TextDecoder().decode(labels.bytes.subarray(0, 5))).toBe('%PDF-');
  });

  it('writes the family’s public catalogue again when an item changes, naming nobody', async () => {
    await school.eventsDelivered();
    const before = await catalogue('cordes');
    expect(before.status).toBe(200);
    expect(before.text).toContain('Violoncelle 4/4');
    expect(before.text).toContain('Disponible');
    expect(before.text).not.toContain('<script');

    const { body } = await staff('GET', `/api/loans/items/${cello.itemId}`);
    const servicing = await staff('PUT', `/api/loans/items/${cello.itemId}`, {
      ...cello44,
      status: 'in-servicing',
      version: body.item.version,
    });
    expect(servicing.status).toBe(200);
    await school.eventsDelivered();
    const after = await catalogue('cordes');
    expect(after.text).toContain('En révision');
    // Nobody is named: not who changed it, nor anyone of the directory.
    for (const name of ['vie-scolaire', 'Vie scolaire', body.item.updatedBy])
      expect(after.text).not.toContain(name);

    const index = await fetch(`${school.url}/s/instruments/`);
    expect(await index.text()).toContain('href="./cordes/"');
    const links = await teacher('GET', '/api/loans/catalogues');
    expect(links.body.families).toContainEqual(
      expect.objectContaining({ family: 'strings', url: `${school.url}/s/instruments/cordes/` }),
    );
    expect((await teacher('POST', '/api/loans/catalogues')).status).toBe(403);
    expect((await head('POST', '/api/loans/catalogues')).status).toBe(200);
  });
});
