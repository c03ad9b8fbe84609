import type { SaleLine, SaleTotals } from '#domain/sales/sales';
import type { Format } from '../shell/i18n/format';
import { money } from './money';

/**
 * A quote's lines and totals as a table: HT, each VAT rate, TTC. On a phone it keeps two columns, the designation
 * (with its quantity, unit price and VAT under it) and the amount, so that the totals are seen without scrolling
 * sideways; the other columns are for wider screens (`sales__wide`).
 */
export const QuoteLines = ({
  lines,
  totals,
  format,
}: {
  lines: SaleLine[];
  totals: SaleTotals;
  format: Format;
}) => {
  const texts = format.messages.sales.sheet;
  const quantities = format.messages.sales.quantities;
  const euros = (cents: number) => money(cents, format.localeTag);
  return (
    <div class="sales__table">
      <table>
        <thead>
          <tr>
            <th scope="col">{texts.designation}</th>
            <th scope="col" class="sales__wide">
              {texts.quantity}
            </th>
            <th scope="col" class="sales__wide">
              {texts.unitPrice}
            </th>
            <th scope="col" class="sales__wide">
              {texts.vat}
            </th>
            <th scope="col">{texts.amount}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.lineId}>
              <td>
                {line.label}
                <span class="sales__narrow sales__line-detail">
                  {format.message(quantities[line.unit], { count: line.quantity })} ×{' '}
                  {euros(line.unitPriceCents)} · {texts.vat} {format.number(line.vatRate)} %
                </span>
              </td>
              <td class="amount sales__wide">
                {format.message(quantities[line.unit], { count: line.quantity })}
              </td>
              <td class="amount sales__wide">{euros(line.unitPriceCents)}</td>
              <td class="amount sales__wide">{format.number(line.vatRate)} %</td>
              <td class="amount">{euros(Math.round(line.quantity * line.unitPriceCents))}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{texts.net}</th>
            <td colSpan={3} class="sales__wide" />
            <td class="amount">{euros(totals.netCents)}</td>
          </tr>
          {totals.vatBreakdown.map((group) => (
            <tr key={`${group.vatRate}-${group.exemption ?? ''}`}>
              <th scope="row">
                {group.exemption ?? format.fill(texts.vatOf, { rate: format.number(group.vatRate) })}
              </th>
              <td colSpan={3} class="sales__wide" />
              <td class="amount">{euros(group.vatCents)}</td>
            </tr>
          ))}
          <tr class="sales__gross">
            <th scope="row">{texts.gross}</th>
            <td colSpan={3} class="sales__wide" />
            <td class="amount">{euros(totals.grossCents)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
};
