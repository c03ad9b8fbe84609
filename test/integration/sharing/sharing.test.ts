import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SchoolUnderTest, startSchoolUnderTest } from '../../support/school-under-test';

type Request = SchoolUnderTest['request'];

/** Planners share plannings with calendar apps and with people who have no account. */
describe('calendar feeds and mini-sites, served as CloudFront serves them', () => {
  let school: SchoolUnderTest;
  let planner: Request;
  let ids: { room: string; project: string; activity: string; teacher: string };

  const fetchIcs = async (url: string) => {
    const response = await fetch(url);
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      text: await response.text(),
    };
  };
  const eventsOf = (ics: string) =>
    new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));

  beforeAll(async () => {
    school = await startSchoolUnderTest(
      { displayName: 'Conservatoire du partage', kind: 'conservatoire' },
      { signedInAs: 'planning.demo' },
    );
    planner = school.request;
    const teacher = school.demoAccounts.find(({ username }) => username === 'prof.demo')?.personId as string;
    const room = await planner('POST', '/api/places', {
      name: 'Salle Ravel',
      kind: 'rehearsal-room',
      capacity: 30,
      site: 'Site Jean-Jaurès',
    });
    const project = await planner('POST', '/api/projects', {
      kind: 'production',
      name: 'Les Noces de Figaro',
      description: 'Opéra de Mozart <b>par les élèves</b>',
      members: [{ personId: teacher, role: 'mise en scène' }],
    });
    const activity = await planner('POST', `/api/projects/${project.body.id}/activities`, {
      title: 'Répétition',
      schedule: {
        kind: 'weekly',
        weekday: 2,
        start: '18:00',
        end: '20:00',
        from: '2026-10-06',
        until: '2026-11-10',
      },
      placeIds: [room.body.id],
      personIds: [teacher],
    });
    expect(activity.status).toBe(201);
    ids = { room: room.body.id, project: project.body.id, activity: activity.body.activity.id, teacher };
  });
  afterAll(() => school?.stop());

  it('gives a teacher their own feed in one click: a signed https link and its webcal form', async () => {
    const teacher = await school.as('prof.demo');
    const created = await teacher('POST', '/api/feeds', { selection: { kind: 'person', id: ids.teacher } });
    expect(created.status).toBe(201);
    const url = new URL(created.body.url);
    expect(url.pathname).toMatch(/^\/feeds\/[\w-]+\.ics$/);
    expect([...url.searchParams.keys()].sort()).toEqual(['Expires', 'Key-Pair-Id', 'Signature']);
    // Valid until the end of the school year, in Paris.
    expect(new Date(Number(url.searchParams.get('Expires')) * 1000).toISOString()).toBe(
      '2027-08-31T21:59:59.000Z',
    );
    expect(created.body.webcalUrl).toBe(created.body.url.replace(/^http:/, 'webcal:'));

    const feed = await fetchIcs(created.body.url);
    expect(feed.status).toBe(200);
    expect(feed.type).toBe('text/calendar; charset=utf-8');
    const events = eventsOf(feed.text);
    // Six Tuesdays, the Toussaint holidays are not in the default calendar.
    expect(events.map((event) => event.summary)).toContain('Répétition');
    const before = events.find((event) => event.startDate.toString().startsWith('2026-10-20'));
    const after = events.find((event) => event.startDate.toString().startsWith('2026-11-03'));
    // 18:00 in Paris on both sides of the end of summer time: 16:00 then 17:00 UTC.
    expect(before?.startDate.toJSDate().toISOString()).toBe('2026-10-20T16:00:00.000Z');
    expect(after?.startDate.toJSDate().toISOString()).toBe('2026-11-03T17:00:00.000Z');
    expect(before?.location).toBe('Salle Ravel');
  });

  it('answers 403 with no data to a tampered or expired link', async () => {
    const created = await planner('POST', '/api/feeds', { selection: { kind: 'place', id: ids.room } });
    const url = new URL(created.body.url);
    const otherFeed = new URL(url);
    otherFeed.pathname = otherFeed.pathname.replace(/[\w-]+\.ics$/, 'someone-else.ics');
    const later = new URL(url);
    later.searchParams.set('Expires', String(Number(url.searchParams.get('Expires')) + 3600));
    const expired = new URL(url);
    expired.searchParams.set('Expires', '1700000000');
    for (const bad of [otherFeed, later, expired]) {
      const answer = await fetchIcs(bad.toString());
      expect(answer.status).toBe(403);
      expect(answer.text).not.toContain('BEGIN:VCALENDAR');
    }
    expect((await fetchIcs(url.toString())).status).toBe(200);
  });

  it('follows a planning change through the bus, and dies when revoked', async () => {
    const created = await planner('POST', '/api/feeds', { selection: { kind: 'project', id: ids.project } });
    await planner('POST', `/api/activities/${ids.activity}/move`, {
      seriesDate: '2026-10-13',
      scope: 'one',
      to: { date: '2026-10-15', start: '14:00', end: '16:00' },
    });
    await school.eventsDelivered();
    const moved = eventsOf((await fetchIcs(created.body.url)).text).find((event) =>
      event.uid.startsWith(`${ids.activity}-2026-10-13`),
    );
    expect(moved?.startDate.toString()).toBe('2026-10-15T14:00:00');

    const revoked = await planner('DELETE', `/api/feeds/${created.body.feed.feedId}`);
    expect(revoked.body.feed.status).toBe('revoked');
    expect((await fetchIcs(created.body.url)).status).toBe(403);
  });

  it('lets nobody but the person, their family and the planners take someone’s feed', async () => {
    const student = await school.as('eleve.demo');
    const refused = await student('POST', '/api/feeds', { selection: { kind: 'person', id: ids.teacher } });
    expect(refused.status).toBe(404);
    // The teacher sees a pupil's week in the portal, but takes no feed of it out of the portal.
    const pupil = school.demoAccounts.find(({ username }) => username === 'eleve.demo')?.personId as string;
    const teacher = await school.as('prof.demo');
    expect((await teacher('POST', '/api/feeds', { selection: { kind: 'person', id: pupil } })).status).toBe(
      404,
    );
    const place = await student('POST', '/api/feeds', { selection: { kind: 'place', id: ids.room } });
    expect(place.status).toBe(403);
  });

  it('keeps the documents of a project sheet in the bucket, for those who may read the sheet', async () => {
    const rider = new TextEncoder().encode('%PDF-1.4 fiche technique');
    const added = await planner('POST', `/api/projects/${ids.project}/documents`, {
      name: 'Fiche technique.pdf',
      contentType: 'application/pdf',
      size: rider.length,
    });
    expect(added.status).toBe(201);
    const upload = await fetch(added.body.uploadUrl, {
      method: 'PUT',
      headers: { 'content-type': 'application/pdf' },
      body: Buffer.from(rider),
    });
    expect(upload.status).toBe(200);
    const sheet = await planner('GET', `/api/projects/${ids.project}`);
    expect(sheet.body.project.documents).toMatchObject([{ name: 'Fiche technique.pdf', size: rider.length }]);

    const link = await planner(
      'GET',
      `/api/projects/${ids.project}/documents/${added.body.document.documentId}`,
    );
    const file = await fetch(link.body.url);
    expect(new TextDecoder().decode(await file.arrayBuffer())).toBe('%PDF-1.4 fiche technique');
    const student = await school.as('eleve.demo');
    expect(
      (await student('GET', `/api/projects/${ids.project}/documents/${added.body.document.documentId}`))
        .status,
    ).toBe(404);

    const removed = await planner(
      'DELETE',
      `/api/projects/${ids.project}/documents/${added.body.document.documentId}`,
    );
    expect(removed.body.documents).toEqual([]);
  });

  it('publishes a mini-site at an unguessable address, escaped, without people unless chosen', async () => {
    const created = await planner('POST', '/api/mini-sites', {
      name: 'Les Noces — infos pratiques',
      tabs: [
        { kind: 'project-sheet', projectId: ids.project },
        { kind: 'planning', resource: { kind: 'place', id: ids.room }, weeks: 2 },
        { kind: 'daily-bulletin' },
      ],
    });
    expect(created.status).toBe(201);
    expect(created.body.url).toMatch(/\/s\/[\w-]{22}\/$/);
    const page = await fetch(created.body.url);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Les Noces de Figaro');
    expect(html).toContain('&lt;b&gt;par les élèves&lt;/b&gt;');
    expect(html).not.toContain('mise en scène');
    expect((await fetch(created.body.url.replace(/\/s\/[\w-]+\//, '/s/guessed-address/'))).status).toBe(403);

    const down = await planner('DELETE', `/api/mini-sites/${created.body.site.siteId}`);
    expect(down.status).toBe(200);
    expect((await fetch(created.body.url)).status).toBe(403);
  });

  it('lets a calendar app skip an unchanged feed: ETag, Last-Modified and 304, until the planning changes', async () => {
    const created = await planner('POST', '/api/feeds', { selection: { kind: 'place', id: ids.room } });
    const first = await fetch(created.body.url);
    const etag = first.headers.get('etag');
    const lastModified = first.headers.get('last-modified');
    expect(first.status).toBe(200);
    expect(etag).toMatch(/^"[^"]+"$/);
    expect(new Date(lastModified ?? '').toUTCString()).toBe(lastModified);

    const unchanged = await fetch(created.body.url, { headers: { 'if-none-match': etag ?? '' } });
    expect(unchanged.status).toBe(304);
    expect(unchanged.headers.get('etag')).toBe(etag);
    expect(await unchanged.text()).toBe('');
    const notModified = await fetch(created.body.url, {
      headers: { 'if-modified-since': lastModified ?? '' },
    });
    expect(notModified.status).toBe(304);
    // The signature is checked first: a validator opens nothing.
    const tampered = new URL(created.body.url);
    tampered.searchParams.set('Expires', '1700000000');
    expect((await fetch(tampered, { headers: { 'if-none-match': etag ?? '' } })).status).toBe(403);

    await planner('POST', `/api/activities/${ids.activity}/move`, {
      seriesDate: '2026-11-10',
      scope: 'one',
      to: { date: '2026-11-12', start: '14:00', end: '16:00' },
    });
    await school.eventsDelivered();
    const changed = await fetch(created.body.url, { headers: { 'if-none-match': etag ?? '' } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    const moved = eventsOf(await changed.text()).find((event) =>
      event.uid.startsWith(`${ids.activity}-2026-11-10`),
    );
    expect(moved?.startDate.toString()).toBe('2026-11-12T14:00:00');
  });
});
