import { DeleteCommand, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endOfDayInstant } from '#domain/sales/offer';
import type { Quote } from '#domain/sales/sales';
import { plusDays } from '#domain/shared/calendar/calendar-days';
import { todayInZone } from '#domain/shared/calendar/today-in-zone';
import { instantOf } from '#domain/shared/calendar/zoned-instant';
import { fromQuoteItem, toQuoteItem } from '#functions/sales/adapters/quote-item';
import { salesKeys } from '#infra/definitions/school-table';
import { outboxEvents } from '../../support/outbox-events';
import { type SchoolUnderTest, startSchoolUnderTest } from '../../support/school-under-test';

type Request = SchoolUnderTest['request'];

const zone = 'Europe/Paris';
const today = todayInZone(new Date(), zone);

/**
 * A quote's slots held in the planning, against DynamoDB Local through the handlers: sent with a hold, the hall's
 * week shows the option; a planner's activity and a hold on the same slot at the same moment, one wins; the client
 * accepts through the link (no account) and the activities are firm; a refusal and the expiry free the slots; a
 * second answer is 409 and an unknown link 404.
 */
describe('holding a quote’s slots, the client’s answer and the expiry', () => {
  let school: SchoolUnderTest;
  let planner: Request;
  let seller: Request;
  let hallId: string;
  let projectId: string;
  let quotes = 0;

  /** A draft quote in the table, as S1's builder stores it: the hall on a day, with an hour of set-up. */
  const draftQuote = async (date: string, start = '14:00', end = '18:00') => {
    quotes += 1;
    const quote: Quote = {
      quoteId: `quote-${quotes}`,
      number: `D2026-${String(quotes).padStart(4, '0')}`,
      clientId: 'client-1',
      client: {
        clientId: 'client-1',
        legalName: 'Ensemble Vocal de Lyon',
        category: 'association',
        billingAddress: { lines: ['1 rue de la Paix'], postcode: '69001', city: 'Lyon', countryCode: 'FR' },
        contact: { name: 'Anne Roux', email: 'anne@example.org' },
      },
      gridId: 'grid-1',
      status: 'draft',
      issueDate: today,
      validUntil: plusDays(today, 20),
      slots: [
        {
          placeId: hallId,
          startsAt: instantOf(date, start, zone),
          endsAt: instantOf(date, end, zone),
          setupMinutes: 60,
          teardownMinutes: 30,
        },
      ],
      lines: [
        {
          lineId: 'l1',
          kind: 'place',
          label: 'Grande salle, 4 heures',
          quantity: 4,
          unit: 'hour',
          unitPriceCents: 12_000,
          vatRate: 20,
          slotIndex: 0,
        },
      ],
      totals: {
        netCents: 48_000,
        vatCents: 9_600,
        grossCents: 57_600,
        vatBreakdown: [{ vatRate: 20, baseCents: 48_000, vatCents: 9_600 }],
      },
      history: [{ status: 'draft', at: new Date().toISOString(), by: 'seller' }],
      version: 1,
    };
    await school.documents.send(new PutCommand({ TableName: school.tableName, Item: toQuoteItem(quote) }));
    return quote;
  };

  const storedQuote = async (quoteId: string) => {
    const { Item } = await school.documents.send(
      new GetCommand({ TableName: school.tableName, Key: salesKeys.quote(quoteId), ConsistentRead: true }),
    );
    return fromQuoteItem(Item as Record<string, unknown>);
  };

  const hallOn = async (date: string) => {
    const agenda = await planner('GET', `/api/agenda/place/${hallId}?from=${date}&to=${date}`);
    expect(agenda.status).toBe(200);
    return agenda.body.days[0].items as { title: string; start: string; end: string; hold?: unknown }[];
  };

  const send = (quoteId: string, body: unknown = { hold: true }) =>
    seller('POST', `/api/sales/quotes/${quoteId}/send`, body);

  beforeAll(async () => {
    school = await startSchoolUnderTest({ kind: 'conservatoire' }, { signedInAs: 'planning.demo' });
    planner = school.request;
    seller = await school.as('ventes.demo');
    const hall = await planner('POST', '/api/places', {
      name: 'Grande salle',
      kind: 'concert-hall',
      capacity: 300,
      site: 'Conservatoire',
    });
    hallId = hall.body.id;
    const project = await planner('POST', '/api/projects', { kind: 'production', name: 'Orchestre' });
    projectId = project.body.id;
  }, 300_000);
  afterAll(() => school?.stop());

  it('sends a quote with a hold: the hall’s week shows the option, with set-up and teardown', async () => {
    const day = plusDays(today, 10);
    const quote = await draftQuote(day);
    const sent = await send(quote.quoteId);
    expect(sent.status).toBe(200);
    expect(sent.body.quote).toMatchObject({ status: 'sent', holdUntil: quote.validUntil });
    expect(sent.body.link.path).toBe(`/devis/${sent.body.link.token}`);
    expect(await hallOn(day)).toEqual([
      expect.objectContaining({
        title: `Ensemble Vocal de Lyon (devis ${quote.number})`,
        start: '13:00',
        end: '18:30',
        hold: { quoteId: quote.quoteId, until: quote.validUntil },
      }),
    ]);
    const events = await outboxEvents(school, 'QuoteStatusChanged');
    expect(events).toContainEqual(
      expect.objectContaining({ quoteId: quote.quoteId, from: 'draft', to: 'sent' }),
    );
  });

  it('refuses a send whose slot is taken, naming it, and leaves the quote a draft', async () => {
    const day = plusDays(today, 11);
    const taken = await planner('POST', `/api/projects/${projectId}/activities`, {
      title: 'Répétition d’orchestre',
      schedule: { kind: 'once', date: day, start: '18:00', end: '20:00' },
      placeIds: [hallId],
    });
    expect(taken.status).toBe(201);
    const quote = await draftQuote(day);
    const refused = await send(quote.quoteId);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('slot_held');
    expect(refused.body.error.message).toContain('Répétition d’orchestre');
    expect((await storedQuote(quote.quoteId)).status).toBe('draft');
    expect((await hallOn(day)).map((item) => item.title)).toEqual(['Répétition d’orchestre']);
  });

  it('a hold and a planner’s activity on the same slot at the same moment: exactly one wins', async () => {
    for (const [index, day] of [plusDays(today, 12), plusDays(today, 13), plusDays(today, 14)].entries()) {
      const quote = await draftQuote(day);
      const [held, planned] = await Promise.all([
        send(quote.quoteId),
        planner('POST', `/api/projects/${projectId}/activities`, {
          title: `Raccord ${index}`,
          schedule: { kind: 'once', date: day, start: '15:00', end: '16:00' },
          placeIds: [hallId],
        }),
      ]);
      expect([held.status, planned.status].sort()).toEqual(held.status === 200 ? [200, 409] : [201, 409]);
      const items = await hallOn(day);
      expect(items).toHaveLength(1);
      expect((await storedQuote(quote.quoteId)).status).toBe(held.status === 200 ? 'sent' : 'draft');
    }
  });

  it('the client opens the link without an account, accepts once: the activities are firm in the hall', async () => {
    const day = plusDays(today, 15);
    const quote = await draftQuote(day);
    const { token } = (await send(quote.quoteId)).body.link;
    const opened = await school.anonymous('GET', `/api/sales/offers/${token}`);
    expect(opened.status).toBe(200);
    expect(opened.body.quote).toMatchObject({ number: quote.number, status: 'sent' });
    expect(opened.body.quote.totals.grossCents).toBe(57_600);
    expect(opened.body.agreement.title).toBe('Convention d’occupation temporaire de locaux');
    expect(opened.body.quote.slots).toEqual([
      {
        placeName: 'Grande salle',
        date: day,
        start: '14:00',
        end: '18:00',
        heldFrom: '13:00',
        heldUntil: '18:30',
      },
    ]);
    const accepted = await school.anonymous('POST', `/api/sales/offers/${token}/accept`, {
      name: 'Anne Roux',
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({
      status: 'accepted',
      answer: { decision: 'accepted', name: 'Anne Roux' },
    });
    const [firm] = await hallOn(day);
    expect(firm).toMatchObject({
      start: '13:00',
      end: '18:30',
      title: `Ensemble Vocal de Lyon (devis ${quote.number})`,
    });
    expect(firm?.hold).toBeUndefined();
    const again = await school.anonymous('POST', `/api/sales/offers/${token}/accept`, { name: 'Anne Roux' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('quote_already_answered');
    const agreement = await fetch(`${school.url}/api/sales/offers/${token}/agreement/pdf`);
    expect(agreement.status).toBe(200);
    expect(agreement.headers.get('content-type')).toContain('application/pdf');
    const refusedAfter = await school.anonymous('POST', `/api/sales/offers/${token}/refuse`, {
      name: 'Anne Roux',
    });
    expect(refusedAfter.status).toBe(409);
    expect((await storedQuote(quote.quoteId)).status).toBe('accepted');
  });

  it('two answers at the same moment: one holds, the other is 409', async () => {
    const quote = await draftQuote(plusDays(today, 16));
    const { token } = (await send(quote.quoteId)).body.link;
    const answers = await Promise.all([
      school.anonymous('POST', `/api/sales/offers/${token}/accept`, { name: 'Anne Roux' }),
      school.anonymous('POST', `/api/sales/offers/${token}/refuse`, { name: 'Paul Roux' }),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
  });

  it('a refusal frees the slots; an unknown link is 404', async () => {
    const day = plusDays(today, 17);
    const quote = await draftQuote(day);
    const { token } = (await send(quote.quoteId)).body.link;
    const refused = await school.anonymous('POST', `/api/sales/offers/${token}/refuse`, {
      name: 'Anne Roux',
      reason: 'Le budget.',
    });
    expect(refused.status).toBe(200);
    expect(await hallOn(day)).toEqual([]);
    const unknown = await school.anonymous('GET', `/api/sales/offers/${'A'.repeat(43)}`);
    expect(unknown.status).toBe(404);
    const malformed = await school.anonymous('GET', '/api/sales/offers/short');
    expect(malformed.status).toBe(400);
  });

  it('cancelling a sent quote frees its slots and revokes its link', async () => {
    const day = plusDays(today, 18);
    const quote = await draftQuote(day);
    const { token } = (await send(quote.quoteId)).body.link;
    const cancelled = await seller('POST', `/api/sales/quotes/${quote.quoteId}/cancel`);
    expect(cancelled.status).toBe(200);
    expect(await hallOn(day)).toEqual([]);
    expect((await school.anonymous('GET', `/api/sales/offers/${token}`)).status).toBe(404);
  });

  it('the expiry job moves a quote past its hold to expired and frees its slots', async () => {
    const day = plusDays(today, 19);
    const quote = await draftQuote(day);
    const { token } = (await send(quote.quoteId, { hold: true, holdUntil: today })).body.link;
    expect(await hallOn(day)).toHaveLength(1);
    // Time passes: the quote's hold and validity are moved to yesterday, as its expiry index with them.
    const sent = await storedQuote(quote.quoteId);
    const yesterday = plusDays(today, -1);
    await school.documents.send(
      new DeleteCommand({
        TableName: school.tableName,
        Key: salesKeys.expiring(endOfDayInstant(today, zone), quote.quoteId),
      }),
    );
    await school.documents.send(
      new PutCommand({
        TableName: school.tableName,
        Item: toQuoteItem({ ...sent, holdUntil: yesterday, validUntil: yesterday }),
      }),
    );
    const expiresAt = endOfDayInstant(yesterday, zone);
    await school.documents.send(
      new PutCommand({
        TableName: school.tableName,
        Item: { ...salesKeys.expiring(expiresAt, quote.quoteId), quoteId: quote.quoteId, expiresAt },
      }),
    );
    const expire = (await import('#functions/sales/expire-quotes')).handler;
    await expire({}, {} as never);
    expect((await storedQuote(quote.quoteId)).status).toBe('expired');
    expect(await hallOn(day)).toEqual([]);
    expect((await school.anonymous('GET', `/api/sales/offers/${token}`)).status).toBe(404);
    const { Items = [] } = await school.documents.send(
      new QueryCommand({
        TableName: school.tableName,
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': salesKeys.expiringPartition },
      }),
    );
    expect(Items.map((item) => item.quoteId)).not.toContain(quote.quoteId);
  });

  it('downloads the quote and its agreement as PDFs', async () => {
    const quote = await draftQuote(plusDays(today, 20));
    const pdf = await fetch(`${school.url}/api/sales/quotes/${quote.quoteId}/pdf`, {
      headers: { authorization: `Bearer ${await school.signIn('ventes.demo')}` },
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toContain('application/pdf');
  });
});
