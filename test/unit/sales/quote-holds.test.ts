import { describe, expect, it } from 'vitest';
import type { Actor } from '#domain/identity/actor';
import type { Place } from '#domain/places/place';
import { readAgenda } from '#domain/planning/read-agenda';
import { scheduleActivity } from '#domain/planning/schedule-activity';
import { answerOffer, openOffer } from '#domain/sales/answer-offer';
import { cancelQuote, expireQuotes } from '#domain/sales/close-quote';
import { heldSpansOf } from '#domain/sales/held-slots';
import { QuoteAlreadyAnsweredError, SlotHeldError } from '#domain/sales/offer-errors';
import type { Quote } from '#domain/sales/sales';
import { sendQuote } from '#domain/sales/send-quote';
import { AccessDeniedError, NotFoundError, ValidationError } from '#domain/shared/errors';
import { sharedEntries } from '#domain/sharing/shared-entries';
import { inMemoryQuoteAnswerPorts } from '../../support/in-memory-quote-answers';

const hall: Place = {
  id: 'hall',
  name: 'Grande salle',
  kind: 'concert-hall',
  capacity: 300,
  equipment: [],
  site: 'Conservatoire',
  bookable: false,
  status: 'active',
  version: 1,
  createdAt: '2026-08-01T08:00:00.000Z',
  updatedAt: '2026-08-01T08:00:00.000Z',
};

const seller: Actor = {
  personId: 'seller-1',
  username: 'vente',
  firstName: 'Léa',
  lastName: 'Martin',
  profiles: ['sales'],
};

/** A draft quote for a concert in the hall on Saturday 10 October 2026, 14:00–18:00 Paris, with margins. */
const draft = (overrides: Partial<Quote> = {}): Quote => ({
  quoteId: 'q1',
  number: 'D2026-0001',
  clientId: 'c1',
  client: {
    clientId: 'c1',
    legalName: 'Ensemble Vocal de Lyon',
    category: 'association',
    billingAddress: { lines: ['1 rue de la Paix'], postcode: '69001', city: 'Lyon', countryCode: 'FR' },
    contact: { name: 'Anne Roux', email: 'anne@example.org' },
  },
  gridId: 'g1',
  status: 'draft',
  issueDate: '2026-09-01',
  validUntil: '2026-09-30',
  slots: [
    {
      placeId: 'hall',
      startsAt: '2026-10-10T12:00:00Z',
      endsAt: '2026-10-10T16:00:00Z',
      setupMinutes: 60,
      teardownMinutes: 30,
    },
  ],
  lines: [],
  totals: { netCents: 0, vatCents: 0, grossCents: 0, vatBreakdown: [] },
  history: [{ status: 'draft', at: '2026-09-01T08:00:00Z', by: 'seller-1' }],
  version: 1,
  ...overrides,
});

const setUp = (quote = draft()) => {
  const world = inMemoryQuoteAnswerPorts({ places: [hall] });
  world.answers.quotes.set(quote.quoteId, quote);
  return world;
};

const hallOn = async (world: ReturnType<typeof setUp>, date: string) =>
  (await world.planning.ports.planning.agenda({ kind: 'place', id: 'hall' }, date, date)).map(
    ({ start, end, hold, title }) => ({ start, end, hold, title }),
  );

describe('the span a slot holds', () => {
  it('takes set-up and teardown in the school’s zone, widened to 5-minute marks', () => {
    const [span] = heldSpansOf(
      [
        {
          placeId: 'hall',
          startsAt: '2026-10-10T12:02:00Z',
          endsAt: '2026-10-10T16:00:00Z',
          setupMinutes: 60,
          teardownMinutes: 31,
        },
      ],
      'Europe/Paris',
    );
    expect(span).toEqual({ slotIndex: 0, placeId: 'hall', date: '2026-10-10', start: '13:00', end: '18:35' });
  });

  it('refuses a span past midnight', () => {
    expect(() =>
      heldSpansOf(
        [
          {
            placeId: 'hall',
            startsAt: '2026-10-10T19:00:00Z',
            endsAt: '2026-10-10T21:30:00Z',
            setupMinutes: 0,
            teardownMinutes: 60,
          },
        ],
        'Europe/Paris',
      ),
    ).toThrow(ValidationError);
  });
});

describe('sending a quote with a hold', () => {
  it('holds the slots as options of the quote’s external project, and moves the quote to sent with its event', async () => {
    const world = setUp();
    const { quote, link } = await sendQuote('q1', { hold: true }, seller, world.ports);
    expect(quote).toMatchObject({
      status: 'sent',
      holdUntil: '2026-09-30',
      projectId: 'quote-q1',
      version: 2,
    });
    expect(link.path).toBe(`/devis/${link.token}`);
    expect(await hallOn(world, '2026-10-10')).toEqual([
      {
        start: '13:00',
        end: '18:30',
        hold: { quoteId: 'q1', until: '2026-09-30' },
        title: 'Ensemble Vocal de Lyon (devis D2026-0001)',
      },
    ]);
    const project = await world.planning.ports.projects.get('quote-q1');
    expect(project).toMatchObject({ kind: 'external', status: 'draft' });
    expect(world.answers.published.map((event) => event.detail.data)).toEqual([
      { quoteId: 'q1', number: 'D2026-0001', from: 'draft', to: 'sent', at: '2026-09-01T08:00:00.000Z' },
    ]);
    expect(world.answers.audit.map(({ action, subject }) => [action, subject.id])).toEqual([
      ['quote.sent', 'q1'],
    ]);
  });

  it('leaves the option out of calendar feeds and mini-sites: it is not a confirmed event', async () => {
    const world = setUp();
    await sendQuote('q1', { hold: true }, seller, world.ports);
    const span = { from: '2026-10-10', to: '2026-10-10' };
    const shared = await sharedEntries({ kind: 'place', id: 'hall' }, span, world.planning.ports);
    expect(shared).toEqual([]);
  });

  it('refuses the send on a taken slot, naming it, and leaves no option and a draft', async () => {
    const world = setUp(
      draft({
        slots: [
          ...draft().slots,
          {
            placeId: 'hall',
            startsAt: '2026-10-11T08:00:00Z',
            endsAt: '2026-10-11T10:00:00Z',
            setupMinutes: 0,
            teardownMinutes: 0,
          },
        ],
      }),
    );
    await world.planning.ports.projects.add(
      {
        id: 'orchestra',
        kind: 'production',
        name: 'Orchestre',
        description: '',
        status: 'confirmed',
        members: [],
        classIds: [],
        documents: [],
        createdAt: '2026-08-01T08:00:00Z',
        updatedAt: '2026-08-01T08:00:00Z',
        version: 1,
      },
      [],
    );
    await scheduleActivity(
      'orchestra',
      {
        title: 'Répétition d’orchestre',
        schedule: { kind: 'once', date: '2026-10-11', start: '11:00', end: '12:00' },
        placeIds: ['hall'],
        personIds: [],
        classIds: [],
        equipmentIds: [],
        acceptConflicts: false,
      },
      world.planning.ports,
    );
    const refusal = await sendQuote('q1', { hold: true }, seller, world.ports).catch((error) => error);
    expect(refusal).toBeInstanceOf(SlotHeldError);
    expect(refusal.message).toContain('Slot 2');
    expect(refusal.message).toContain('Répétition d’orchestre');
    expect(await hallOn(world, '2026-10-10')).toEqual([]);
    expect(world.answers.quotes.get('q1')?.status).toBe('draft');
  });

  it('refuses a hold past the validity date, and a seller without the right', async () => {
    const world = setUp();
    await expect(
      sendQuote('q1', { hold: true, holdUntil: '2026-10-01' }, seller, world.ports),
    ).rejects.toThrow(ValidationError);
    await expect(
      sendQuote('q1', { hold: false }, { ...seller, profiles: ['teacher'] }, world.ports),
    ).rejects.toThrow(AccessDeniedError);
  });
});

describe('the client’s answer through the link', () => {
  it('accepting turns the options into the project’s activities, at the same times, once', async () => {
    const world = setUp();
    const { link } = await sendQuote('q1', { hold: true }, seller, world.ports);
    const { quote } = await openOffer(link.token, world.ports);
    expect(quote.number).toBe('D2026-0001');
    const { quote: accepted } = await answerOffer(link.token, 'accepted', { name: 'Anne Roux' }, world.ports);
    expect(accepted.status).toBe('accepted');
    expect(accepted.history.at(-1)).toMatchObject({ status: 'accepted', by: 'client' });
    expect(await hallOn(world, '2026-10-10')).toEqual([
      { start: '13:00', end: '18:30', hold: undefined, title: 'Ensemble Vocal de Lyon (devis D2026-0001)' },
    ]);
    expect((await world.planning.ports.projects.get('quote-q1'))?.status).toBe('confirmed');
    await expect(answerOffer(link.token, 'refused', { name: 'Anne Roux' }, world.ports)).rejects.toThrow(
      QuoteAlreadyAnsweredError,
    );
    const days = await readAgenda(
      { kind: 'place', id: 'hall' },
      { from: '2026-10-10', to: '2026-10-10' },
      world.planning.ports,
    );
    expect(days.flatMap((day) => day.items).map((item) => item.conflictsWith)).toEqual([[]]);
  });

  it('refusing frees the slots, and an unknown token opens nothing', async () => {
    const world = setUp();
    const { link } = await sendQuote('q1', { hold: true }, seller, world.ports);
    await answerOffer(link.token, 'refused', { name: 'Anne Roux', reason: 'Budget' }, world.ports);
    expect(await hallOn(world, '2026-10-10')).toEqual([]);
    await expect(openOffer('x'.repeat(43), world.ports)).rejects.toThrow(NotFoundError);
  });

  it('a cancelled quote frees its slots and revokes its link', async () => {
    const world = setUp();
    const { link } = await sendQuote('q1', { hold: true }, seller, world.ports);
    await cancelQuote('q1', 2, seller, world.ports);
    expect(await hallOn(world, '2026-10-10')).toEqual([]);
    await expect(openOffer(link.token, world.ports)).rejects.toThrow(NotFoundError);
  });
});

describe('expiry', () => {
  it('expires the sent quotes whose hold ended, frees their slots, and leaves the others', async () => {
    const world = setUp();
    world.answers.quotes.set('q2', draft({ quoteId: 'q2', number: 'D2026-0002', slots: [] }));
    const { link } = await sendQuote('q1', { hold: true, holdUntil: '2026-09-10' }, seller, world.ports);
    await sendQuote('q2', { hold: false }, seller, world.ports);
    world.planning.clock.current = new Date('2026-09-10T21:59:00Z');
    expect(await expireQuotes(world.ports)).toEqual({ expired: 0 });
    world.planning.clock.current = new Date('2026-09-10T22:00:00Z');
    expect(await expireQuotes(world.ports)).toEqual({ expired: 1 });
    expect(world.answers.quotes.get('q1')?.status).toBe('expired');
    expect(world.answers.quotes.get('q2')?.status).toBe('sent');
    expect(await hallOn(world, '2026-10-10')).toEqual([]);
    await expect(answerOffer(link.token, 'accepted', { name: 'Anne Roux' }, world.ports)).rejects.toThrow(
      NotFoundError,
    );
  });
});
