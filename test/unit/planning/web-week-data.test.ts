import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApi } from '#web/src/api';
import { agendaSpanOf } from '#web/src/planning/agenda-span';
import { preloadWeekData } from '#web/src/planning/week-data';
import { todayIn } from '#web/src/shell/i18n/calendar-dates';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const agenda = { resource: { kind: 'person', id: 'p-ines', label: 'Inès Martin' }, days: [] };

/** A school whose session renews and whose API answers a person's agenda and the places; every call is counted. */
const school = ({ signedIn = true, agendaStatus = 200 } = {}) => {
  const paths: string[] = [];
  const api = createApi(async (path) => {
    paths.push(path);
    if (path === '/api/session/refresh')
      return signedIn ? json(200, { accessToken: 'a-1', expiresIn: 900 }) : json(401, {});
    if (path.startsWith('/api/agenda/'))
      return agendaStatus === 200 ? json(200, agenda) : json(agendaStatus, { error: { code: 'forbidden' } });
    if (path.startsWith('/api/places')) return json(200, { items: [], nextCursor: null });
    return json(404, {});
  });
  return { api, paths };
};

describe('a week’s data, asked for from its address as the portal starts', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('asks for the span the page shows: its week, or whole weeks around its month', () => {
    expect(agendaSpanOf({ date: '2026-12-09' }, '2026-01-01')).toMatchObject({
      date: '2026-12-09',
      from: '2026-12-07',
      to: '2026-12-13',
    });
    expect(agendaSpanOf({ date: '' }, '2026-12-13')).toMatchObject({ from: '2026-12-07', to: '2026-12-13' });
    expect(agendaSpanOf({ date: '2026-12-09', month: true }, '2026-01-01')).toMatchObject({
      from: '2026-11-30',
      to: '2027-01-03',
    });
  });

  it('sends the agenda and the places once the session is renewed, and the page’s calls take those answers', async () => {
    const { api, paths } = school();
    api.session.resumeEarly();
    preloadWeekData(api, 'person', 'p-ines', { date: '' });
    await vi.waitFor(() => expect(paths).toHaveLength(3));
    const span = agendaSpanOf({ date: '' }, todayIn());
    expect(paths).toEqual([
      '/api/session/refresh',
      `/api/agenda/person/p-ines?from=${span.from}&to=${span.to}`,
      '/api/places?status=active&limit=500',
    ]);

    // The page, once drawn: the same agenda, no second request; the next call (a reload of the week) asks again.
    expect(await api.agenda('person', 'p-ines', span)).toEqual(agenda);
    expect(paths).toHaveLength(3);
    await api.agenda('person', 'p-ines', span);
    expect(paths).toHaveLength(4);
  });

  it('sends nothing without a session, and gives the page the refusal it would have had itself', async () => {
    const signedOut = school({ signedIn: false });
    signedOut.api.session.resumeEarly();
    preloadWeekData(signedOut.api, 'person', 'p-ines', { date: '2026-12-09' });
    expect(await signedOut.api.session.resume()).toBe(false);
    expect(signedOut.paths).toEqual(['/api/session/refresh']);

    const stranger = school({ agendaStatus: 403 });
    stranger.api.session.resumeEarly();
    preloadWeekData(stranger.api, 'person', 'p-other', { date: '2026-12-09' });
    await vi.waitFor(() => expect(stranger.paths).toHaveLength(3));
    await expect(
      stranger.api.agenda('person', 'p-other', { from: '2026-12-07', to: '2026-12-13' }),
    ).rejects.toMatchObject({ status: 403, code: 'forbidden' });
  });

  it('drops an answer no page took within 15 seconds: a week opened later is asked for afresh', async () => {
    vi.useFakeTimers();
    const { api, paths } = school();
    api.prefetchAgenda('person', 'p-ines', { from: '2026-12-07', to: '2026-12-13' });
    await vi.advanceTimersByTimeAsync(15_000);
    await api.agenda('person', 'p-ines', { from: '2026-12-07', to: '2026-12-13' });
    expect(paths.filter((path) => path.startsWith('/api/agenda/'))).toHaveLength(2);
  });
});
