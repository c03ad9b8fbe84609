import { useCallback, useState } from 'preact/hooks';
import { type Quote, type QuoteStatus, quoteStatuses } from '#domain/sales/sales';
import type { Api } from '../api';
import type { Format } from '../shell/i18n/format';
import { Loaded } from '../shell/loading/loaded';
import { useLoad } from '../shell/loading/use-load';
import { Link } from '../shell/routing/link';
import { money } from './money';
import { PaymentsLinks } from './payments-links';
import { salesPaths } from './sales-routes';

interface SalesHomePageProps {
  api: Api;
  format: Format;
  status: string;
}

const statusOf = (typed: string): QuoteStatus =>
  (quoteStatuses as readonly string[]).includes(typed) ? (typed as QuoteStatus) : 'draft';

/** `/ventes`: the sales desk's home, the quotes of one state (drafts first) and the way to clients and grids. */
export const SalesHomePage = ({ api, format, status }: SalesHomePageProps) => {
  const texts = format.messages.sales;
  const shown = statusOf(status);
  return (
    <section class="page sales stack--loose" aria-labelledby="sales-title">
      <div>
        <h2 id="sales-title">{texts.title}</h2>
        <p class="page__intro">{texts.intro}</p>
      </div>
      <nav class="sales__links" aria-label={texts.title}>
        <Link href={salesPaths.salesNewQuote} class="button">
          {texts.links.newQuote}
        </Link>
        <Link href={salesPaths.salesClients} class="button button--secondary">
          {texts.links.clients}
        </Link>
        <Link href={salesPaths.salesGrids()} class="button button--secondary">
          {texts.links.grids}
        </Link>
      </nav>
      <section class="stack" aria-labelledby="sales-quotes">
        <h3 id="sales-quotes">{texts.quotesOf}</h3>
        <nav class="sales__states" aria-label={texts.state}>
          {quoteStatuses.map((each) => (
            <Link
              key={each}
              href={salesPaths.salesQuotes(each)}
              class={each === shown ? 'sales__state sales__state--current' : 'sales__state'}
              current={each === shown}
            >
              {texts.statuses[each]}
            </Link>
          ))}
        </nav>
        <QuoteList key={shown} api={api} format={format} status={shown} />
      </section>
      <nav aria-label={texts.links.more}>
        <ul class="sales__more">
          {/* S3 invoices */}
          <li>
            <Link href={salesPaths.salesInvoices()}>{format.messages.salesInvoices.listTitle}</Link>
          </li>
          {/* S4 payments, journal */}
          <PaymentsLinks format={format} />
        </ul>
      </nav>
    </section>
  );
};

const QuoteList = ({ api, format, status }: { api: Api; format: Format; status: QuoteStatus }) => {
  const texts = format.messages.sales;
  /** The pages read after the first one, and the cursor of the next. */
  const [more, setMore] = useState<{ items: Quote[]; cursor: string | null } | undefined>();
  const load = useCallback(
    (signal: AbortSignal) => api.salesQuotes(status, undefined, signal),
    [api, status],
  );
  const { state, retry } = useLoad(load);
  return (
    <Loaded state={state} format={format} retry={retry}>
      {(first) => {
        const quotes = [...first.items, ...(more?.items ?? [])];
        const next = more ? more.cursor : first.nextCursor;
        const readMore = async () => {
          if (!next) return;
          const page = await api.salesQuotes(status, next);
          setMore({ items: [...(more?.items ?? []), ...page.items], cursor: page.nextCursor });
        };
        return quotes.length === 0 ? (
          <p class="muted">{texts.noQuotes}</p>
        ) : (
          <>
            <ul class="sales__list">
              {quotes.map((quote) => (
                <li key={quote.quoteId} class="sales__item">
                  <Link href={salesPaths.salesQuote(quote.quoteId)}>
                    {format.fill(texts.quoteSummary, {
                      number: quote.number,
                      client: quote.client.legalName,
                    })}
                  </Link>
                  <span class="muted">
                    {format.fill(texts.issuedOn, { date: format.date(quote.issueDate) })}
                  </span>
                  <span class="amount">{money(quote.totals.grossCents, format.localeTag)}</span>
                </li>
              ))}
            </ul>
            {next && (
              <button type="button" class="button button--secondary" onClick={readMore}>
                {texts.more}
              </button>
            )}
          </>
        );
      }}
    </Loaded>
  );
};
