import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plusDays } from '#domain/shared/calendar/calendar-days';
import { todayInParis } from '../../support/dates';
import { type SchoolUnderTest, startSchoolUnderTest } from '../../support/school-under-test';

type Request = SchoolUnderTest['request'];

/**
 * The staff's calendar feed of an instrument family's availability, a feed kind of the sharing module: made from the
 * desk by those who keep the loans, served by its signed link as the plannings' feeds are, written again when a loan
 * of the family is decided or handed over, naming nobody, and dead once revoked.
 */
describe('an instrument family’s availability feed', () => {
  let school: SchoolUnderTest;
  let staff: Request;
  let pupil: Request;
  let cello: string;
  let viola: string;
  const start = plusDays(todayInParis(), 10);
  const end = plusDays(start, 29);

  const fetchIcs = async (url: string) => {
    const response = await fetch(url);
    return { status: response.status, text: await response.text() };
  };
  const eventsOf = (ics: string) =>
    new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  const lend = async (itemId: string, from: string, to: string) => {
    const asked = await pupil('POST', '/api/loans', { itemId, startDate: from, endDate: to });
    expect(asked.status).toBe(201);
    const approved = await staff('POST', `/api/loans/${asked.body.loanId}/decision`, {
      version: asked.body.version,
      decision: 'approve',
      itemId,
    });
    expect(approved.status).toBe(200);
    return approved.body;
  };

  beforeAll(async () => {
    school = await startSchoolUnderTest({}, { signedInAs: 'vie-scolaire.demo' });
    staff = school.request;
    pupil = await school.as('eleve.demo');
    const add = async (kind: string, serialNumber: string) =>
      (await staff('POST', '/api/loans/items', { family: 'strings', kind, serialNumber })).body
        .itemId as string;
    cello = await add('Violoncelle 4/4', 'GL-2019-0042');
    viola = await add('Alto 38', 'AL-0007');
  }, 300_000);
  afterAll(() => school?.stop());

  it('gives staff a signed link to the family’s held spans, naming nobody', async () => {
    const loan = await lend(cello, start, end);
    const created = await staff('POST', '/api/feeds', {
      selection: { kind: 'instrument-family', id: 'strings' },
    });
    expect(created.status).toBe(201);
    expect(created.body.feed.name).toBe('Instruments — Cordes');
    expect(created.body.webcalUrl).toBe(created.body.url.replace(/^http:/, 'webcal:'));
    expect(new URL(created.body.url).pathname).toMatch(/^\/feeds\/[\w-]+\.ics$/);

    const feed = await fetchIcs(created.body.url);
    expect(feed.status).toBe(200);
    const events = eventsOf(feed.text);
    expect(events).toHaveLength(1);
    expect(events[0]?.summary).toBe('Violoncelle 4/4 n° GL-2019-0042 — réservé');
    expect(events[0]?.startDate.toString()).toBe(start);
    // All day: the end is the day after the last day (RFC 5545).
    expect(events[0]?.endDate.toString()).toBe(plusDays(end, 1));
    expect(events[0]?.uid).toContain(loan.loanId);
    const pupilPerson = school.demoAccounts.find(({ username }) => username === 'eleve.demo');
    expect(feed.text).not.toContain(pupilPerson?.personId as string);
    const me = await pupil('GET', '/api/me');
    expect(feed.text).not.toContain(me.body.lastName);

    // A loan decided later in the family reaches the feed through the bus.
    await lend(viola, plusDays(start, 40), plusDays(start, 60));
    await school.eventsDelivered();
    await expect
      .poll(async () => eventsOf((await fetchIcs(created.body.url)).text).map((event) => event.summary))
      .toContain('Alto 38 n° AL-0007 — réservé');

    const revoked = await staff('DELETE', `/api/feeds/${created.body.feed.feedId}`);
    expect(revoked.body.feed.status).toBe('revoked');
    expect((await fetchIcs(created.body.url)).status).toBe(403);
  });

  it('is for those who keep the loans, of a family of the inventory', async () => {
    const teacher = await school.as('prof.demo');
    const selection = { kind: 'instrument-family', id: 'strings' };
    expect((await teacher('POST', '/api/feeds', { selection })).status).toBe(403);
    expect((await pupil('POST', '/api/feeds', { selection })).status).toBe(403);
    const unknown = await staff('POST', '/api/feeds', {
      selection: { kind: 'instrument-family', id: 'harps' },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.errors).toEqual([
      expect.objectContaining({ field: 'selection.id', code: 'unknown_id' }),
    ]);
  });
});
