import { describe, expect, it } from 'vitest';
import { agreementOf, offerSlots } from '#domain/sales/agreement';
import type { Quote } from '#domain/sales/sales';
import { renderAgreementPdf, renderQuotePdf } from '#functions/sales/documents/sales-pdf';
import { needsSignIn, routeOf } from '#web/src/routes';
import { pdfPages } from '../../support/pdf-text';

const school = {
  name: 'Conservatoire à rayonnement régional de Lyon',
  address: ['4 montée Cardinal Decourtray', '69005 Lyon'],
  signatory: { name: 'Hélène Marchal', title: 'directrice' },
};

const quote: Quote = {
  quoteId: 'q1',
  number: 'D2026-0007',
  clientId: 'c1',
  client: {
    clientId: 'c1',
    legalName: 'Ensemble Vocal de Lyon',
    category: 'association',
    siren: '552100554',
    billingAddress: { lines: ['1 rue de la Paix'], postcode: '69001', city: 'Lyon', countryCode: 'FR' },
    contact: { name: 'Anne Roux' },
  },
  gridId: 'g1',
  status: 'sent',
  issueDate: '2026-12-07',
  validUntil: '2026-12-31',
  title: 'Concert de printemps',
  slots: [
    {
      placeId: 'hall',
      startsAt: '2027-03-13T13:00:00Z',
      endsAt: '2027-03-13T17:00:00Z',
      setupMinutes: 60,
      teardownMinutes: 30,
    },
  ],
  lines: [
    {
      lineId: 'l1',
      kind: 'place',
      label: 'Grande salle, journée',
      quantity: 1,
      unit: 'day',
      unitPriceCents: 123_450,
      vatRate: 20,
      slotIndex: 0,
    },
    {
      lineId: 'l2',
      kind: 'extra',
      label: 'Technicien son',
      quantity: 4.5,
      unit: 'hour',
      unitPriceCents: 3_500,
      vatRate: 20,
    },
  ],
  totals: {
    netCents: 139_200,
    vatCents: 27_840,
    grossCents: 167_040,
    vatBreakdown: [{ vatRate: 20, baseCents: 139_200, vatCents: 27_840 }],
  },
  history: [],
  version: 2,
};

const slots = offerSlots(quote, new Map([['hall', 'Grande salle']]), 'Europe/Paris');

describe('the quote’s PDF', () => {
  it('says in French the school, number, dates, client, slots with margins, lines, VAT per rate and totals', async () => {
    const [page] = await pdfPages(await renderQuotePdf(quote, school, slots));
    for (const text of [
      'Conservatoire à rayonnement régional de Lyon',
      '69005 Lyon',
      'Hélène Marchal, directrice',
      'Devis n° D2026-0007',
      'Concert de printemps',
      'Date : lundi 7 décembre 2026',
      'Valable jusqu’au jeudi 31 décembre 2026',
      'Ensemble Vocal de Lyon',
      'SIREN 552100554',
      'Grande salle : samedi 13 mars 2027, 14:00–18:00 (montage et démontage : 13:00–18:30)',
      'Technicien son',
      '4,5 heure',
      '1 234,50 €',
      'Total HT : 1 392,00 €',
      'TVA 20 % sur 1 392,00 € : 278,40 €',
      'Total TTC : 1 670,40 €',
    ]) {
      expect(page).toContain(text);
    }
  });
});

describe('the agreement', () => {
  it('names the parties, the premises with set-up and teardown, the price, insurance, safety and cancellation', async () => {
    const agreement = agreementOf(quote, school, slots);
    const text = (await pdfPages(await renderAgreementPdf(quote, school, agreement, undefined))).join(' ');
    for (const part of [
      'Convention d’occupation temporaire de locaux',
      'Conservatoire à rayonnement régional de Lyon',
      'représenté par Hélène Marchal, directrice',
      'Ensemble Vocal de Lyon, SIREN 552100554',
      'devis n° D2026-0007',
      'Grande salle : samedi 13 mars 2027, de 14:00 à 18:00 (locaux réservés de 13:00 à 18:30)',
      '1 392,00 € hors taxes, soit 1 670,40 € toutes taxes comprises',
      'Article 3 — Assurance',
      'Article 4 — Sécurité',
      'Article 5 — Annulation',
      'À accepter en ligne avec le devis.',
    ]) {
      expect(text).toContain(part);
    }
    const accepted = (
      await pdfPages(
        await renderAgreementPdf(quote, school, agreement, {
          name: 'Anne Roux',
          at: '2026-12-08T09:30:00Z',
          timeZone: 'Europe/Paris',
        }),
      )
    ).join(' ');
    expect(accepted).toContain('Acceptée en ligne par Anne Roux, le 8 décembre 2026 à 10:30');
  });
});

describe('the client’s page in the portal', () => {
  it('is at /devis/<token>, and needs no sign-in', () => {
    const route = routeOf(`/devis/${'A'.repeat(43)}`);
    expect(route).toEqual({ page: 'offer', token: 'A'.repeat(43) });
    expect(needsSignIn(route)).toBe(false);
    expect(routeOf('/devis/a/b')).toEqual({ page: 'not-found' });
  });
});
