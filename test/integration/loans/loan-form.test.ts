import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Loan } from '#domain/loans/loan';
import { loanRecord } from '#functions/loans/adapters/dynamo-loans';
import { loansKeys } from '#infra/definitions/school-table';
import { demoDirectory } from '#infra/local/seed/people/demo-people';
import { plusDays, todayInParis } from '../../support/dates';
import { schoolWithPupilAndGuardianApart } from '../../support/demo-family';
import { approvedLoan as approved, tinyPng } from '../../support/loan-form';
import { pdfPages } from '../../support/pdf-text';
import { type SchoolUnderTest, startSchoolUnderTest } from '../../support/school-under-test';

type Request = SchoolUnderTest['request'];

/**
 * The loan form against DynamoDB Local and s3rver, through the handlers: a guardian uploads the insurance and signs
 * their child's form on screen (another child's is not theirs to see), staff hand the cello over (the public
 * catalogue says « En prêt jusqu’au … ») and check it back with a scratch (a servicing ticket in its history, the
 * days it held released), then give the deposit back. Approved loans are written as the desk (L1) writes them.
 */
describe('the loan form, from the contract to the return', () => {
  let school: SchoolUnderTest;
  let staff: Request;
  let guardian: Request;
  let pupil: Request;
  let teacher: Request;
  let guardianToken: string;
  let child: string;
  let stranger: string;
  let pupilId: string;
  let cello: { itemId: string; version: number };
  const today = todayInParis();
  const end = plusDays(today, 200);

  const approvedLoan = (loanId: string, borrowerId: string, overrides: Partial<Loan> = {}): Loan =>
    approved({ loanId, borrowerId, itemId: cello.itemId, startDate: today, endDate: end, ...overrides });
  const put = (Item: Record<string, unknown>) =>
    school.documents.send(new PutCommand({ TableName: school.tableName, Item }));
  /** Marks a day of the cello as held by a loan, as an approval does. */
  const hold = async (day: string, loanId: string) => {
    const key = loansKeys.hold(cello.itemId, day.slice(0, 7));
    const { Item = { ...key, entity: 'loans-hold' } } = await school.documents.send(
      new GetCommand({ TableName: school.tableName, Key: key }),
    );
    await put({ ...Item, [`d${day.slice(8, 10)}`]: loanId });
  };
  const marksOf = async (day: string) => {
    const { Item } = await school.documents.send(
      new GetCommand({ TableName: school.tableName, Key: loansKeys.hold(cello.itemId, day.slice(0, 7)) }),
    );
    return Item?.[`d${day.slice(8, 10)}`];
  };
  const upload = async (form: { url: string; fields: Record<string, string> }, content: string) => {
    const body = new FormData();
    for (const [field, value] of Object.entries(form.fields)) body.append(field, value);
    body.append('file', new Blob([content], { type: form.fields['Content-Type'] }), 'file');
    expect((await fetch(form.url, { method: 'POST', body })).status).toBeLessThan(300);
  };
  const pdfOf = async (path: string, token: string) => {
    const response = await fetch(`${school.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
    return { status: response.status, bytes: new Uint8Array(await response.arrayBuffer()) };
  };

  beforeAll(async () => {
    school = await startSchoolUnderTest(schoolWithPupilAndGuardianApart(), {
      signedInAs: 'vie-scolaire.demo',
    });
    staff = school.request;
    guardianToken = await school.signIn('parent.demo');
    guardian = await school.as('parent.demo');
    pupil = await school.as('eleve.demo');
    teacher = await school.as('prof.demo');
    const directory = demoDirectory(school.school);
    const account = (name: string) => school.demoAccounts.find(({ username }) => username === name)?.personId;
    const guardianId = account('parent.demo');
    pupilId = account('eleve.demo') as string;
    child = directory.guardianships.find(([g]) => g === guardianId)?.[1] as string;
    stranger = directory.people.find(
      (person) =>
        person.profiles.includes('student') &&
        person.personId !== pupilId &&
        !directory.guardianships.some(([g, c]) => g === guardianId && c === person.personId),
    )?.personId as string;
    const created = await staff('POST', '/api/loans/items', {
      family: 'strings',
      kind: 'Violoncelle 3/4',
      maker: 'Gliga',
      serialNumber: 'GL-LOAN-1',
      valueCents: 150_000,
      accessories: ['housse', 'archet'],
    });
    cello = created.body;
    await put(loanRecord(approvedLoan('loan-0001', child)));
    await put(loanRecord(approvedLoan('loan-0002', stranger)));
    await put(loanRecord(approvedLoan('loan-0003', pupilId, { itemId: cello.itemId })));
    await hold(today, 'loan-0001');
    await hold(plusDays(today, 3), 'loan-0001');
    await hold(plusDays(end, 2), 'loan-0001');
    await hold(plusDays(today, 5), 'loan-other');
  }, 300_000);
  afterAll(() => school?.stop());

  it('shows the form to the guardian and staff only, and asks for the insurance of a valuable cello', async () => {
    const form = await guardian('GET', '/api/loans/loan-0001/contract');
    expect(form.status).toBe(200);
    expect(form.body).toMatchObject({
      minor: true,
      maySign: true,
      keeper: false,
      insuranceRequired: true,
      contract: { title: 'Contrat de prêt à usage', reference: 'P2026-0001' },
    });
    expect((await staff('GET', '/api/loans/loan-0001/contract')).body.keeper).toBe(true);
    expect((await guardian('GET', '/api/loans/loan-0002/contract')).status).toBe(404);
    expect((await teacher('GET', '/api/loans/loan-0001/contract')).status).toBe(404);

    const early = await guardian('POST', '/api/loans/loan-0001/signature', {
      typedName: 'Parent Démo',
      version: 1,
    });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('insurance_required');
  });

  it('takes the insurance certificate as a checked upload, downloadable by the family and staff', async () => {
    const content = '%PDF-1.7\n% Attestation d’assurance scolaire\n';
    const size = Buffer.byteLength(content);
    const tooBig = await guardian('POST', '/api/loans/loan-0001/insurance', {
      name: 'assurance.pdf',
      contentType: 'application/pdf',
      size: 6 * 1024 * 1024,
    });
    expect(tooBig.status).toBe(400);
    expect(tooBig.body.error.errors[0]).toMatchObject({ field: 'size' });
    const declared = await guardian('POST', '/api/loans/loan-0001/insurance', {
      name: 'assurance.pdf',
      contentType: 'application/pdf',
      size,
    });
    expect(declared.status).toBe(201);
    const document = { ...declared.body.document, version: 1 };
    const missing = await guardian('PUT', '/api/loans/loan-0001/insurance', document);
    expect(missing.status).toBe(409);
    await upload(declared.body.upload, content);
    const recorded = await guardian('PUT', '/api/loans/loan-0001/insurance', document);
    expect(recorded.status).toBe(200);
    expect(recorded.body).toMatchObject({ version: 2, insuranceDocument: { name: 'assurance.pdf', size } });

    for (const as of [guardian, staff]) {
      const link = await as('GET', '/api/loans/loan-0001/insurance');
      expect(link.status).toBe(200);
      expect(await (await fetch(link.body.url)).text()).toBe(content);
    }
    expect((await guardian('GET', '/api/loans/loan-0002/insurance')).status).toBe(404);
  });

  it('is signed by the guardian for a minor, never by the minor nor for another child', async () => {
    const byMinor = await pupil('POST', '/api/loans/loan-0003/signature', { typedName: 'Élève', version: 1 });
    expect(byMinor.status).toBe(403);
    expect(byMinor.body.error.code).toBe('minor_signs_through_guardian');
    const notTheirs = await guardian('POST', '/api/loans/loan-0002/signature', {
      typedName: 'X',
      version: 1,
    });
    expect(notTheirs.status).toBe(404);
    const byStaff = await staff('POST', '/api/loans/loan-0001/signature', { typedName: 'X', version: 2 });
    expect(byStaff.status).toBe(403);
    const badDrawing = await guardian('POST', '/api/loans/loan-0001/signature', {
      typedName: 'Parent Démo',
      drawing: 'data:image/svg+xml;base64,PHN2Zz4=',
      version: 2,
    });
    expect(badDrawing.body.error.errors[0]).toMatchObject({ field: 'drawing', code: 'signature_not_png' });

    const signed = await guardian('POST', '/api/loans/loan-0001/signature', {
      typedName: 'Parent Démo',
      drawing: tinyPng,
      version: 2,
    });
    expect(signed.status).toBe(200);
    expect(signed.body).toMatchObject({ status: 'signed', version: 3, signature: { role: 'guardian' } });
    const again = await guardian('POST', '/api/loans/loan-0001/signature', {
      typedName: 'Parent Démo',
      version: 3,
    });
    expect(again.body.error.code).toBe('loan_not_signable');
  });

  it('prints the signed contract as a PDF in French for the guardian and staff', async () => {
    const pdf = await pdfOf('/api/loans/loan-0001/contract.pdf', guardianToken);
    expect(pdf.status).toBe(200);
    const [text = ''] = await pdfPages(pdf.bytes);
    expect(text).toContain('Contrat de prêt à usage');
    expect(text).toContain('Violoncelle 3/4');
    expect(text).toContain('Accessoires : housse, archet');
    expect(text).toMatch(/Valeur de l’instrument : 1 500,00 €/);
    expect(text).toMatch(/Dépôt de garantie \(caution\) : 150,00 €/);
    expect(text).toContain('articles 1875 et suivants du Code civil');
    expect(text).toMatch(/Signé le \d{1,2} \S+ \d{4} à \d{2}:\d{2} par Parent Démo, responsable légal de/);
    expect(
      (await pdfOf('/api/loans/loan-0001/contract.pdf', await school.signIn('vie-scolaire.demo'))).status,
    ).toBe(200);
    expect((await pdfOf('/api/loans/loan-0002/contract.pdf', guardianToken)).status).toBe(404);
  });

  it('hands the cello over once, in one transaction: « En prêt jusqu’au … » in the public catalogue', async () => {
    expect((await guardian('POST', '/api/loans/loan-0001/hand-over', { version: 3 })).status).toBe(403);
    const [first, second] = await Promise.all([
      staff('POST', '/api/loans/loan-0001/hand-over', { version: 3 }),
      staff('POST', '/api/loans/loan-0001/hand-over', { version: 3 }),
    ]);
    // The second reads the loan out already (409), or signed and loses on its version (412): one hand-over.
    const statuses = [first.status, second.status].sort();
    expect(statuses[0]).toBe(200);
    expect([409, 412]).toContain(statuses[1]);
    const { body } = await staff('GET', `/api/loans/items/${cello.itemId}`);
    expect(body.item).toMatchObject({ status: 'on-loan', onLoanUntil: end, version: 2 });
    expect(body.history.filter(({ change }: { change: string }) => change === 'lent')).toEqual([
      expect.objectContaining({ loanId: 'loan-0001', fields: ['status', 'onLoanUntil'] }),
    ]);

    await school.eventsDelivered();
    const page = await (await fetch(`${school.url}/s/instruments/cordes/`)).text();
    const until = new Intl.DateTimeFormat('fr-FR', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${end}T12:00:00Z`));
    expect(page).toContain(`En prêt jusqu’au ${until}`);
    expect(page).not.toContain('Parent Démo');
  });

  it('checks it back with a scratch: a servicing ticket in its history, the days it held released', async () => {
    const early = await staff('POST', '/api/loans/loan-0001/deposit-return', { version: 4 });
    expect(early.body.error.code).toBe('loan_not_returned');
    const back = await staff('POST', '/api/loans/loan-0001/return', {
      condition: 'fair',
      notes: 'Rayure sur la table',
      openServicing: true,
      version: 4,
    });
    expect(back.status).toBe(200);
    expect(back.body.item).toMatchObject({ status: 'in-servicing', condition: 'fair' });
    expect(back.body.item.onLoanUntil).toBeUndefined();
    const ticket = back.body.returned.servicingTicketId;
    expect(ticket).toEqual(expect.any(String));

    const { body } = await staff('GET', `/api/loans/items/${cello.itemId}`);
    expect(body.history.at(-1)).toMatchObject({
      change: 'servicing',
      loanId: 'loan-0001',
      servicing: { ticketId: ticket, notes: 'Rayure sur la table' },
    });
    expect(await marksOf(today)).toBe('loan-0001');
    expect(await marksOf(plusDays(today, 3))).toBeUndefined();
    expect(await marksOf(plusDays(end, 2))).toBeUndefined();
    expect(await marksOf(plusDays(today, 5))).toBe('loan-other');

    const loans = await staff('GET', `/api/loans/items/${cello.itemId}/loans`);
    expect(loans.body.loans.map(({ loanId, status }: Loan) => [loanId, status])).toEqual(
      expect.arrayContaining([
        ['loan-0001', 'returned'],
        ['loan-0003', 'approved'],
      ]),
    );
    expect((await guardian('GET', `/api/loans/items/${cello.itemId}/loans`)).status).toBe(403);
  });

  it('records the deposit given back once', async () => {
    const given = await staff('POST', '/api/loans/loan-0001/deposit-return', { version: 5 });
    expect(given.status).toBe(200);
    expect(given.body.depositReturnedAt).toEqual(expect.any(String));
    const twice = await staff('POST', '/api/loans/loan-0001/deposit-return', { version: 6 });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('deposit_already_returned');
  });
});
