import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SchoolUnderTest, startSchoolUnderTest } from '../../support/school-under-test';
import { waitForJob } from '../../support/wait-for-job';

interface Entry {
  entryId: string;
  at: string;
  actor: { kind: string; id: string };
  action: string;
  subject: { kind: string; id: string };
  details: Record<string, unknown>;
  expiresAt: string;
}

const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

/** What a school administrator reads on « Journal »: who did what, and when, for every change that matters. */
describe('the audit trail a school can show', () => {
  let school: SchoolUnderTest;
  let admin: SchoolUnderTest['request'];
  const personOf = (username: string) =>
    school.demoAccounts.find((account) => account.username === username)?.personId as string;
  const trail = async (query: string) => {
    const answer = await admin('GET', `/api/audit?${query}`);
    expect(answer.status).toBe(200);
    return answer.body.items as Entry[];
  };

  beforeAll(async () => {
    school = await startSchoolUnderTest({ kind: 'conservatoire' }, { signedInAs: 'direction.demo' });
    admin = school.request;
  });
  afterAll(() => school?.stop());

  it('records sign-ins and failed sign-ins, under the account or the name typed', async () => {
    await school.signIn('prof.demo');
    const wrong = await school.anonymous('POST', '/api/session', { username: 'prof.demo', password: 'faux' });
    expect(wrong.status).toBe(401);
    await school.anonymous('POST', '/api/session', { username: 'Personne.Inconnue', password: 'faux' });

    const teacher = personOf('prof.demo');
    const ofTeacher = await trail(`subject=${teacher}`);
    expect(ofTeacher.map(({ action }) => action).slice(0, 2)).toEqual([
      'session.sign-in-failed',
      'session.signed-in',
    ]);
    expect(ofTeacher[0]?.actor).toEqual({ kind: 'person', id: teacher });
    const failed = await trail('action=session.sign-in-failed');
    expect(failed.map(({ actor }) => actor)).toContainEqual({ kind: 'username', id: 'personne.inconnue' });
    expect(failed.every(({ action }) => action === 'session.sign-in-failed')).toBe(true);
  });

  it('records a change of a person made by hand, naming the fields and not their values', async () => {
    const guardian = personOf('parent.demo');
    expect((await admin('PATCH', `/api/people/${guardian}`, { phone: '06 12 34 56 78' })).status).toBe(200);
    const [entry] = await trail(`subject=${guardian}&action=person.updated`);
    expect(entry).toMatchObject({
      actor: { kind: 'person', id: personOf('direction.demo') },
      subject: { kind: 'person', id: guardian },
      details: { fields: ['phone'] },
    });
    expect(JSON.stringify(entry)).not.toContain('06 12 34 56 78');
  });

  it('records a feed published and revoked, and a mini-site published and taken down, by whom', async () => {
    const planner = await school.as('planning.demo');
    const place = await admin('POST', '/api/places', {
      name: 'Salle Debussy',
      kind: 'rehearsal-room',
      capacity: 20,
      site: 'Site principal',
    });
    const feed = await planner('POST', '/api/feeds', { selection: { kind: 'place', id: place.body.id } });
    expect(feed.status).toBe(201);
    const feedId = feed.body.feed.feedId;
    expect((await planner('DELETE', `/api/feeds/${feedId}`)).status).toBe(200);
    const site = await planner('POST', '/api/mini-sites', {
      name: 'Bulletin du jour',
      tabs: [{ kind: 'daily-bulletin' }],
    });
    expect(site.status).toBe(201);
    const siteId = site.body.site.siteId;
    expect((await planner('DELETE', `/api/mini-sites/${siteId}`)).status).toBe(200);

    const byPlanner = { kind: 'person', id: personOf('planning.demo') };
    const ofFeed = await trail(`subject=${feedId}`);
    expect(ofFeed.map(({ action, actor }) => [action, actor])).toEqual([
      ['feed.revoked', byPlanner],
      ['feed.published', byPlanner],
    ]);
    expect(ofFeed[1]?.details).toEqual({ shows: `place:${place.body.id}` });
    const ofSite = await trail(`subject=${siteId}`);
    expect(ofSite.map(({ action }) => action)).toEqual(['mini-site.taken-down', 'mini-site.published']);
  });

  it('records a batch of activation codes', async () => {
    const classes = await admin('GET', '/api/classes');
    const classId = classes.body.items[0].classId;
    const batch = await admin(
      'POST',
      '/api/activation-batches',
      { scope: 'class', classId },
      { origin: 'https://portail.example.fr' },
    );
    expect(batch.status).toBe(201);
    const [entry] = await trail(`subject=${batch.body.batchId}`);
    expect(entry).toMatchObject({
      action: 'activation-codes.issued',
      actor: { kind: 'person', id: personOf('direction.demo') },
      details: { scope: 'class', classId, accounts: batch.body.accounts },
    });
  });

  it('lists newest first, page by page, and filters by actor and by period', async () => {
    const first = await admin('GET', '/api/audit?limit=2');
    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await admin('GET', `/api/audit?limit=2&cursor=${first.body.nextCursor}`);
    const ats = [...first.body.items, ...second.body.items].map(({ at }: Entry) => at);
    expect(ats).toEqual([...ats].sort().reverse());
    expect(
      new Set([...first.body.items, ...second.body.items].map(({ entryId }: Entry) => entryId)).size,
    ).toBe(4);

    const planner = personOf('planning.demo');
    const byPlanner = await trail(`actor=${planner}`);
    expect(byPlanner.length).toBeGreaterThan(3);
    expect(byPlanner.every(({ actor }) => actor.id === planner)).toBe(true);
    expect(await trail('from=2025-01-01&to=2025-01-31')).toEqual([]);
  });

  it('names the field of a bad filter, and refuses anyone but a school administrator', async () => {
    for (const [query, field] of [
      ['action=person.deleted', 'action'],
      ['from=2026-02-30', 'from'],
      ['from=2026-05-01&to=2026-04-01', 'to'],
      ['limit=0', 'limit'],
      ['cursor=bm9wZQ', 'cursor'],
      ['subject=a%20b', 'subject'],
      ['colour=blue', 'colour'],
      ['from=2999-01-01', 'from'],
      ['from=2020-01-01', 'from'],
    ]) {
      const answer = await admin('GET', `/api/audit?${query}`);
      expect(answer.status, query).toBe(400);
      expect(answer.body.error.field, query).toBe(field);
    }
    const firstPage = await admin('GET', '/api/audit?limit=1');
    const elsewhere = await admin(
      'GET',
      `/api/audit?action=feed.published&cursor=${firstPage.body.nextCursor}`,
    );
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.error.field).toBe('cursor');
    for (const username of ['planning.demo', 'prof.demo', 'vie-scolaire.demo', 'parent.demo']) {
      const other = await school.as(username);
      expect((await other('GET', '/api/audit')).status, username).toBe(403);
      expect((await other('GET', '/api/audit/export')).status, username).toBe(403);
      expect((await other('PUT', '/api/settings/audit', { retentionDays: 30 })).status, username).toBe(403);
    }
  });

  it('exports a CSV that French Excel opens, with dates in the school’s zone', async () => {
    const token = await school.signIn('direction.demo');
    const response = await fetch(`${school.url}/api/audit/export?action=feed.published`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="journal-.+\.csv"$/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
    expect(lines[0]).toBe('Date;Action;Code;Auteur;Objet;Détails');
    const listed = await admin('GET', '/api/audit?action=feed.published');
    const [published] = listed.body.items as Entry[];
    const plannerName = listed.body.names[published?.actor.id as string];
    expect(plannerName).toEqual(expect.stringMatching(/\S+ \S+/));
    const paris = new Intl.DateTimeFormat('fr-FR', {
      timeZone: 'Europe/Paris',
      dateStyle: 'short',
      timeStyle: 'medium',
    }).format(new Date(published?.at as string));
    expect(lines[1]).toBe(
      `${paris};Flux de calendrier publié;feed.published;personne ${plannerName} (${published?.actor.id});flux ${published?.subject.id};shows: ${published?.details.shows}`,
    );
  });

  it('keeps entries a year by default, then as long as the school sets', async () => {
    const [before] = await trail('action=session.signed-in&limit=1');
    expect(daysBetween(before?.at as string, before?.expiresAt as string)).toBe(365);
    expect((await admin('GET', '/api/settings/audit')).body).toEqual({ retentionDays: 365 });

    const tooShort = await admin('PUT', '/api/settings/audit', { retentionDays: 7 });
    expect(tooShort.status).toBe(400);
    expect(tooShort.body.error.field).toBe('retentionDays');
    expect((await admin('PUT', '/api/settings/audit', { retentionDays: 90 })).status).toBe(200);
    expect((await admin('GET', '/api/settings/audit')).body).toEqual({ retentionDays: 90 });

    await school.signIn('eleve.demo');
    const [after] = await trail(`subject=${personOf('eleve.demo')}&action=session.signed-in`);
    expect(daysBetween(after?.at as string, after?.expiresAt as string)).toBe(90);
    const [changed] = await trail('action=audit.retention-changed');
    expect(changed?.details).toEqual({ before: 365, after: 90 });
    const item = await school.documents.send(
      new QueryCommand({
        TableName: school.tableName,
        IndexName: 'GSI1',
        KeyConditionExpression: 'GSI1PK = :pk',
        ExpressionAttributeValues: { ':pk': `AUDIT-OF#${personOf('eleve.demo')}` },
      }),
    );
    // DynamoDB's TTL reads seconds since the epoch.
    expect(item.Items?.every(({ expiresAt }) => Number.isInteger(expiresAt))).toBe(true);
  });

  it('records what an import changes in a pupil, naming the job, in the trail and in the person’s changes', async () => {
    const importCsv = async (lastName: string) => {
      const csv = new TextEncoder().encode(`N° élève;NOM;Prénom;Type\r\nE900;${lastName};Inès;Élève\r\n`);
      const created = await admin('POST', '/api/imports', {
        source: 'spreadsheet',
        sourceName: 'Inscriptions audit',
        files: ['inscriptions.csv'],
      });
      for (const { url } of created.body.uploads) await fetch(url, { method: 'PUT', body: Buffer.from(csv) });
      const jobId = created.body.jobId as string;
      await admin('POST', `/api/imports/${jobId}/dry-run`);
      await waitForJob(admin, jobId, ['planned', 'failed']);
      expect((await admin('POST', `/api/imports/${jobId}/apply`)).status).toBe(202);
      expect((await waitForJob(admin, jobId, ['applied', 'failed'])).status).toBe('applied');
      return jobId;
    };
    const firstJob = await importCsv('Martin');
    const secondJob = await importCsv('Martin-Durand');

    const [created] = await trail(`actor=${firstJob}&action=person.created`);
    const pupil = created?.subject.id as string;
    expect(created?.actor).toEqual({ kind: 'import-job', id: firstJob });
    const [renamed] = await trail(`subject=${pupil}&action=person.updated`);
    expect(renamed).toMatchObject({
      actor: { kind: 'import-job', id: secondJob },
      details: { source: 'spreadsheet', fields: expect.arrayContaining(['lastName']) },
    });
    expect(JSON.stringify(renamed)).not.toContain('Martin');

    const changes = await admin('GET', `/api/people/${pupil}/changes`);
    expect(changes.body.items[0]).toMatchObject({
      what: 'imported-updated',
      by: { importJobId: secondJob },
      fields: expect.arrayContaining([{ field: 'lastName' }]),
    });
  });
});
