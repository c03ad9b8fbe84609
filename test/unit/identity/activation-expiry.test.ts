import { describe, expect, it } from 'vitest';
import { activationExpiry, lastValidDay } from '#domain/identity/activation-expiry';
import type { ActivationBatchContext } from '#domain/identity/activation-letter';
import { renderActivationCodesCsv } from '#functions/identity/letters/activation-codes-csv';
import { renderActivationLettersPdf } from '#functions/identity/letters/activation-letters-pdf';
import { createFormat } from '#web/src/shell/i18n/format';
import { chooseLocale } from '#web/src/shell/i18n/locale';
import { pdfPages } from '../../support/pdf-text';

const paris = 'Europe/Paris';

describe('one expiry date for a batch of activation codes', () => {
  it('lets codes work to the end of a day of the school, 30 days on, in winter and in summer', () => {
    // 23:30 UTC on 5 December is already the 6th in Paris: the school's day counts.
    expect(activationExpiry(new Date('2026-12-05T23:30:00Z'), paris, 30)).toEqual({
      validUntil: '2027-01-05',
      expiresAt: '2027-01-05T23:00:00Z',
    });
    expect(activationExpiry(new Date('2026-06-01T08:00:00Z'), paris, 30)).toEqual({
      validUntil: '2026-07-01',
      expiresAt: '2026-07-01T22:00:00Z',
    });
    // Across the change to summer time, the day still ends at midnight in Paris.
    expect(activationExpiry(new Date('2026-03-01T10:00:00Z'), paris, 30).expiresAt).toBe(
      '2026-03-31T22:00:00Z',
    );
  });

  it('reads the same last day back from the instant the codes stop working', () => {
    const { validUntil, expiresAt } = activationExpiry(new Date('2026-12-05T19:25:00Z'), paris, 30);
    expect(lastValidDay(expiresAt, paris)).toBe(validUntil);
  });

  it('shows the same day on the page, in the CSV and in the letters', async () => {
    const { validUntil, expiresAt } = activationExpiry(new Date('2026-12-05T19:25:00Z'), paris, 30);
    const context: ActivationBatchContext = {
      schoolName: 'Collège de démonstration',
      activationUrl: 'https://college.example.fr/activation',
      createdAt: '2026-12-05T19:25:00.000Z',
      validUntil,
      timeZone: paris,
    };
    const letters = [
      {
        addressees: ['Inès Roy'],
        accounts: [
          {
            firstName: 'Inès',
            lastName: 'Roy',
            profile: 'teacher' as const,
            username: 'ines.roy',
            code: 'K7QM-3TZA',
          },
        ],
      },
    ];
    const french = createFormat(chooseLocale('fr-FR'), paris);
    const page = french.fill(french.messages.activationCodes.expiresAt, {
      date: french.date(lastValidDay(expiresAt, french.timeZone)),
    });
    const csv = renderActivationCodesCsv(letters, context);
    const [pdf = ''] = await pdfPages(await renderActivationLettersPdf(letters, context));

    expect(page).toBe('Les codes sont valables jusqu’au 4 janvier 2027 inclus.');
    expect(csv).toContain(';K7QM-3TZA;04/01/2027;');
    expect(pdf).toContain('jusqu’au 4 janvier 2027 inclus');
  });
});
