import { useCallback, useState } from 'preact/hooks';
import type { Quote } from '#domain/sales/sales';
import type { Api } from '../api';
import type { Format } from '../shell/i18n/format';
import { Loaded } from '../shell/loading/loaded';
import { useLoad } from '../shell/loading/use-load';
import { QuoteInvoices } from './invoice-pages';
import { QuoteLines } from './quote-lines';
import { QuoteSendActions } from './quote-send-actions';

interface QuotePageProps {
  api: Api;
  format: Format;
  quoteId: string;
}

/** `/ventes/devis/<id>`: a quote's sheet, its client, lines and totals, state and history. */
export const QuotePage = ({ api, format, quoteId }: QuotePageProps) => {
  const texts = format.messages.sales;
  const load = useCallback((signal: AbortSignal) => api.salesQuote(quoteId, signal), [api, quoteId]);
  const { state, retry } = useLoad(load);
  // S2: the quote as a send or a cancel answered it, shown without loading the sheet again (the link shows once).
  const [changed, setChanged] = useState<Quote>();
  return (
    <section class="page sales stack--loose" aria-labelledby="quote-title">
      <Loaded state={state} format={format} retry={retry} notFound={format.messages.notFound.title}>
        {(loaded) => {
          const quote = changed?.quoteId === loaded.quoteId ? changed : loaded;
          return (
            <>
              <div>
                <h2 id="quote-title">
                  {texts.sheet.title} {quote.number}
                </h2>
                <p class="page__intro">
                  <span class={`sales__status sales__status--${quote.status}`}>
                    {texts.status[quote.status]}
                  </span>{' '}
                  {format.fill(texts.issuedOn, { date: format.date(quote.issueDate) })} ·{' '}
                  {format.fill(texts.validUntil, { date: format.date(quote.validUntil) })}
                </p>
                {quote.title && <p>{quote.title}</p>}
              </div>
              <section aria-labelledby="quote-client">
                <h3 id="quote-client">{texts.sheet.client}</h3>
                <p>
                  <strong>{quote.client.legalName}</strong>
                  <br />
                  {quote.client.billingAddress.lines.join(', ')}, {quote.client.billingAddress.postcode}{' '}
                  {quote.client.billingAddress.city}
                  <br />
                  {quote.client.contact.name}
                </p>
              </section>
              <section aria-labelledby="quote-lines">
                <h3 id="quote-lines">{texts.sheet.lines}</h3>
                <QuoteLines lines={quote.lines} totals={quote.totals} format={format} />
              </section>
              {/* S2 holds, client's link, documents: the sheet's actions go here. */}
              <QuoteSendActions api={api} format={format} quote={quote} onChanged={setChanged} />
              {/* S3 invoices: « Facturer » an accepted quote, and its invoices. */}
              <QuoteInvoices api={api} format={format} quote={quote} />
              <section aria-labelledby="quote-history">
                <h3 id="quote-history">{texts.sheet.history}</h3>
                <ul>
                  {quote.history.map((entry) => (
                    <li key={`${entry.status}-${entry.at}`}>
                      {format.fill(texts.sheet.movedBy, {
                        status: texts.status[entry.status],
                        date: format.date(entry.at.slice(0, 10)),
                      })}
                    </li>
                  ))}
                </ul>
              </section>
            </>
          );
        }}
      </Loaded>
    </section>
  );
};
