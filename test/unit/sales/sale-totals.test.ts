import { describe, expect, it } from 'vitest';
import { roundHalfUp, saleTotals } from '#domain/sales/sale-totals';
import type { SaleLine } from '#domain/sales/sales';

let next = 0;
const line = (overrides: Partial<SaleLine>): SaleLine => {
  next += 1;
  return {
    lineId: `l${next}`,
    kind: 'free',
    label: 'Ligne',
    quantity: 1,
    unit: 'unit',
    unitPriceCents: 0,
    vatRate: 20,
    ...overrides,
  };
};

describe('saleTotals', () => {
  it('adds nothing up to zero', () => {
    expect(saleTotals([])).toEqual({ netCents: 0, vatCents: 0, grossCents: 0, vatBreakdown: [] });
  });

  it('computes a rate’s VAT once, on the sum of its lines, not line by line (BR-CO-17)', () => {
    // Three lines of 0,33 € at 20 %: 0,066 € each would round to 0,07 € three times (0,21 €); the sum 0,99 €
    // gives 0,198 €, that is 0,20 €.
    const totals = saleTotals([0, 1, 2].map(() => line({ unitPriceCents: 33 })));
    expect(totals).toEqual({
      netCents: 99,
      vatCents: 20,
      grossCents: 119,
      vatBreakdown: [{ vatRate: 20, baseCents: 99, vatCents: 20 }],
    });
  });

  it('rounds each line to the cent first, and half up', () => {
    // 1,5 h at 33,33 € = 49,995 € → 50,00 €; VAT 5,5 % of 50,00 € = 2,75 €.
    const totals = saleTotals([line({ quantity: 1.5, unitPriceCents: 3333, vatRate: 5.5 })]);
    expect(totals.netCents).toBe(5000);
    expect(totals.vatCents).toBe(275);
    expect(totals.grossCents).toBe(5275);
  });

  it('breaks the VAT down by rate, highest first, and keeps each exemption apart', () => {
    const totals = saleTotals([
      line({ unitPriceCents: 10000, vatRate: 0, vatExemption: 'TVA non applicable, art. 261 D du CGI' }),
      line({ quantity: 4, unitPriceCents: 4500, vatRate: 20 }),
      line({ unitPriceCents: 12000, vatRate: 10 }),
      line({ unitPriceCents: 500, vatRate: 0, vatExemption: 'TVA non applicable, art. 293 B du CGI' }),
      line({ quantity: 2, unitPriceCents: 2500, vatRate: 20 }),
    ]);
    expect(totals.vatBreakdown).toEqual([
      { vatRate: 20, baseCents: 23000, vatCents: 4600 },
      { vatRate: 10, baseCents: 12000, vatCents: 1200 },
      { vatRate: 0, baseCents: 10000, vatCents: 0, exemption: 'TVA non applicable, art. 261 D du CGI' },
      { vatRate: 0, baseCents: 500, vatCents: 0, exemption: 'TVA non applicable, art. 293 B du CGI' },
    ]);
    expect(totals.netCents).toBe(45500);
    expect(totals.vatCents).toBe(5800);
    expect(totals.grossCents).toBe(51300);
  });

  it('takes a discount line off its rate’s base', () => {
    const totals = saleTotals([
      line({ unitPriceCents: 50000 }),
      line({ kind: 'free', label: 'Remise partenaire', unitPriceCents: -5000 }),
    ]);
    expect(totals).toMatchObject({ netCents: 45000, vatCents: 9000, grossCents: 54000 });
  });

  it('mirrors a credit note’s negative lines to the cent', () => {
    const invoice = saleTotals([line({ quantity: 1.5, unitPriceCents: 3333, vatRate: 5.5 })]);
    const credit = saleTotals([line({ quantity: 1.5, unitPriceCents: -3333, vatRate: 5.5 })]);
    expect(credit.netCents).toBe(-invoice.netCents);
    expect(credit.vatCents).toBe(-invoice.vatCents);
    expect(credit.grossCents).toBe(-invoice.grossCents);
  });

  it('rounds half up, away from zero', () => {
    expect([0.5, 1.5, 2.5, -0.5, -2.5, 2.4999].map(roundHalfUp)).toEqual([1, 2, 3, -1, -3, 2]);
  });
});
