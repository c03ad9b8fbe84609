import { describe, expect, it } from 'vitest';
import { clientProblems } from '#domain/sales/clients';
import { gridProblems } from '#domain/sales/rate-grids';
import { demoClient, demoGrid, demoQuote } from '#infra/local/seed/sales/demo-sales';

describe('the demo conservatoire’s sales', () => {
  it('has a season’s grid and an association the API itself would accept', () => {
    const { gridId: _id, version: _version, ...grid } = demoGrid();
    expect(gridProblems(grid)).toEqual([]);
    const { clientId: _clientId, version: _v, ...client } = demoClient();
    expect(clientProblems(client)).toEqual([]);
  });

  it('drafts quote D2026-0001 for a spring concert, priced by the grid: the hall, a tuning, a technician', () => {
    const quote = demoQuote('Europe/Paris', '2026-12-07');
    expect(quote).toMatchObject({ number: 'D2026-0001', status: 'draft', validUntil: '2027-01-06' });
    expect(quote.lines.map(({ kind, unit, quantity }) => `${kind} ${quantity} ${unit}`)).toEqual([
      'place 1 half-day',
      'extra 1 unit',
      'extra 5 hour',
    ]);
    // 300 € + 140 € + 5 × 45 € = 665 € excl. VAT, 133 € VAT.
    expect(quote.totals).toMatchObject({ netCents: 66500, vatCents: 13300, grossCents: 79800 });
  });
});
