import type { SaleLine, SaleTotals, VatBreakdownLine } from './sales';

/**
 * Half up, away from zero for a negative amount (a credit note's lines): 0.5 cent → 1 cent, −0.5 → −1.
 * Math.round would take −0.5 to 0, and a credit note would then not mirror its invoice to the cent.
 */
export const roundHalfUp = (value: number) => Math.sign(value) * Math.round(Math.abs(value) + 1e-9);

/** A line's amount excluding VAT, in cents: quantity × unit price, rounded half up to the cent. */
export const lineNetCents = (line: Pick<SaleLine, 'quantity' | 'unitPriceCents'>) =>
  roundHalfUp(line.quantity * line.unitPriceCents);

/**
 * The totals of a quote, an invoice or a credit note, from its lines: the one computation every document of the
 * module uses, so that a quote, its invoice and the invoice's XML agree to the cent.
 *
 * As EN16931 wants (BR-CO-10, BR-CO-17): each line's net amount is rounded to the cent, the VAT of a rate is
 * computed once on the sum of that rate's lines (base × rate, rounded half up), never line by line; the total VAT is
 * the sum of the rates' VAT; gross = net + VAT. Lines of the same rate with different exemption wordings are kept
 * apart (each exemption is a VAT category of its own on the invoice). The breakdown is ordered by rate, highest
 * first.
 */
export const saleTotals = (lines: readonly SaleLine[]): SaleTotals => {
  const groups = new Map<string, VatBreakdownLine>();
  for (const line of lines) {
    const exemption = line.vatRate === 0 ? line.vatExemption : undefined;
    const key = `${line.vatRate}|${exemption ?? ''}`;
    const group = groups.get(key) ?? {
      vatRate: line.vatRate,
      baseCents: 0,
      vatCents: 0,
      ...(exemption !== undefined && { exemption }),
    };
    group.baseCents += lineNetCents(line);
    groups.set(key, group);
  }
  const vatBreakdown = [...groups.values()]
    .map((group) => ({ ...group, vatCents: roundHalfUp((group.baseCents * group.vatRate) / 100) }))
    .sort((a, b) => b.vatRate - a.vatRate || (a.exemption ?? '').localeCompare(b.exemption ?? ''));
  const netCents = vatBreakdown.reduce((sum, group) => sum + group.baseCents, 0);
  const vatCents = vatBreakdown.reduce((sum, group) => sum + group.vatCents, 0);
  return { netCents, vatCents, grossCents: netCents + vatCents, vatBreakdown };
};
