import type { SaleLine, SaleTotals } from '#domain/sales/sales';
import type { Format } from '../shell/i18n/format';
import { money } from './money';

/** A quote's lines and totals as a table that scrolls sideways on a phone: HT, each VAT rate, TTC. */
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
            <th scope="col">{texts.quantity}</th>
            <th scope="col">{texts.unitPrice}</th>
            <th scope="col">{texts.vat}</th>
            <th scope="col">{texts.amount}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.lineId}>
              <td>{line.label}</td>
              <td class="amount">{format.message(quantities[line.unit], { count: line.quantity })}</td>
              <td class="amount">{euros(line.unitPriceCents)}</td>
              <td class="amount">{format.number(line.vatRate)} %</td>
              <td class="amount">{euros(Math.round(line.quantity * line.unitPriceCents))}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={4}>
              {texts.net}
            </th>
            <td class="amount">{euros(totals.netCents)}</td>
          </tr>
          {totals.vatBreakdown.map((group) => (
            <tr key={`${group.vatRate}-${group.exemption ?? ''}`}>
              <th scope="row" colSpan={4}>
                {group.exemption ?? format.fill(texts.vatOf, { rate: format.number(group.vatRate) })}
              </th>
              <td class="amount">{euros(group.vatCents)}</td>
            </tr>
          ))}
          <tr class="sales__gross">
            <th scope="row" colSpan={4}>
              {texts.gross}
            </th>
            <td class="amount">{euros(totals.grossCents)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
};
