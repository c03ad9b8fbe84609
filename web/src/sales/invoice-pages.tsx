import { useCallback, useId, useState } from 'preact/hooks';
import {
  documentNumber,
  type Invoice,
  type InvoiceStatus,
  invoiceMentions,
  invoiceStatuses,
} from '#domain/sales/invoice';
import type { Quote } from '#domain/sales/sales';
import type { Api } from '../api';
import { ConfirmDialog } from '../shell/forms/confirm-dialog';
import { FormAlert } from '../shell/forms/form-alert';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import { Loaded } from '../shell/loading/loaded';
import { useLoad } from '../shell/loading/use-load';
import { Link } from '../shell/routing/link';
import { navigate } from '../shell/routing/navigation';
import { type InvoiceDocument, type IssueRequest, invoiceDocuments } from './invoices-api';
import { centsOf, money } from './money';
import { QuoteLines } from './quote-lines';
import { salesPaths } from './sales-routes';

interface PageProps {
  api: Api;
  format: Format;
}

const statusOf = (typed: string): InvoiceStatus | undefined =>
  (invoiceStatuses as readonly string[]).includes(typed) ? (typed as InvoiceStatus) : undefined;

/** « Facture F2026-00001 », « Avoir A2026-00001 », « Facture d’acompte BR-… » (a draft's reference). */
const invoiceName = (invoice: Invoice, format: Format) =>
  format.fill(format.messages.salesInvoices.summary, {
    kind: format.messages.salesInvoices.kinds[invoice.kind],
    number: documentNumber(invoice),
  });

/** The invoices as a list a phone reads: name and link, client, date, amount TTC, state. */
const InvoiceList = ({ invoices, format }: { invoices: Invoice[]; format: Format }) => {
  const texts = format.messages.salesInvoices;
  return (
    <ul class="sales__list">
      {invoices.map((invoice) => (
        <li key={invoice.invoiceId} class="sales__item">
          <Link href={salesPaths.salesInvoice(invoice.invoiceId)}>{invoiceName(invoice, format)}</Link>
          <span>{invoice.buyer.legalName}</span>
          <span class="muted">{format.fill(texts.issuedOn, { date: format.date(invoice.issueDate) })}</span>
          <span class="amount">{money(invoice.totals.grossCents, format.localeTag)}</span>
          <span class={`sales__status sales__status--${invoice.status}`}>{texts.status[invoice.status]}</span>
        </li>
      ))}
    </ul>
  );
};

/** `/ventes/factures`: the invoices and credit notes by state (drafts for an EPLE or a town), newest first. */
export const InvoicesPage = ({ api, format, status }: PageProps & { status: string }) => {
  const texts = format.messages.salesInvoices;
  const shown = statusOf(status);
  const load = useCallback((signal: AbortSignal) => api.salesInvoices(shown, signal), [api, shown]);
  const { state, retry } = useLoad(load);
  return (
    <section class="page sales stack--loose" aria-labelledby="invoices-title">
      <p>
        <Link href={salesPaths.sales}>{format.messages.sales.title}</Link>
      </p>
      <div>
        <h2 id="invoices-title">{texts.listTitle}</h2>
        <p class="page__intro">{texts.intro}</p>
      </div>
      <nav class="sales__states" aria-label={texts.state}>
        {[undefined, ...invoiceStatuses].map((each) => (
          <Link
            key={each ?? 'all'}
            href={salesPaths.salesInvoices(each)}
            class={each === shown ? 'sales__state sales__state--current' : 'sales__state'}
            current={each === shown}
          >
            {each ? texts.statuses[each] : texts.all}
          </Link>
        ))}
      </nav>
      <Loaded state={state} format={format} retry={retry}>
        {({ invoices }) =>
          invoices.length === 0 ? (
            <p class="muted">{texts.none}</p>
          ) : (
            <InvoiceList invoices={invoices} format={format} />
          )
        }
      </Loaded>
    </section>
  );
};

/**
 * `/ventes/factures/<id>`: an invoice's or credit note's sheet: its state, seller and client, lines, VAT per rate
 * and totals, legal mentions; its downloads (Factur-X, UBL, CII, CSV), « Établir un avoir », « Numéro attribué »
 * for a draft, and the way to its payments.
 */
export const InvoicePage = ({ api, format, invoiceId }: PageProps & { invoiceId: string }) => {
  const texts = format.messages.salesInvoices;
  const load = useCallback((signal: AbortSignal) => api.salesInvoice(invoiceId, signal), [api, invoiceId]);
  const { state, retry } = useLoad(load, { keepValue: true });
  return (
    <section class="page sales stack--loose" aria-labelledby="invoice-title">
      <p>
        <Link href={salesPaths.salesInvoices()}>{texts.listTitle}</Link>
      </p>
      <Loaded
        state={state}
        format={format}
        retry={retry}
        notFound={format.messages.salesPayments.invoiceNotFound}
      >
        {(invoice) => (
          <>
            <div>
              <h2 id="invoice-title">{invoiceName(invoice, format)}</h2>
              <p class="page__intro">
                <span class={`sales__status sales__status--${invoice.status}`}>
                  {texts.status[invoice.status]}
                </span>{' '}
                {format.fill(texts.issuedOn, { date: format.date(invoice.issueDate) })}
                {invoice.kind !== 'credit-note' && (
                  <> · {format.fill(texts.dueOn, { date: format.date(invoice.dueDate) })}</>
                )}
              </p>
              <p>
                <Link href={salesPaths.salesQuote(invoice.quoteId)}>
                  {format.fill(texts.fromQuote, { number: invoice.quoteNumber })}
                </Link>
              </p>
              {invoice.cancels && (
                <p>
                  <Link href={salesPaths.salesInvoice(invoice.cancels.invoiceId)}>
                    {format.fill(texts.cancels, { number: invoice.cancels.number })}
                  </Link>
                </p>
              )}
              {invoice.cancelledBy && (
                <p class="notice">
                  <Link href={salesPaths.salesInvoice(invoice.cancelledBy.invoiceId)}>
                    {format.fill(texts.cancelledBy, { number: invoice.cancelledBy.number })}
                  </Link>
                </p>
              )}
              {invoice.externalNumber && (
                <p>{format.fill(texts.externalNumber, { number: invoice.externalNumber })}</p>
              )}
            </div>
            <InvoiceActions api={api} format={format} invoice={invoice} onNumbered={retry} />
            <section aria-labelledby="invoice-parties" class="stack">
              <h3 id="invoice-parties">{texts.buyer}</h3>
              <p>
                <strong>{invoice.buyer.legalName}</strong>
                <br />
                {invoice.buyer.billingAddress.lines.join(', ')}, {invoice.buyer.billingAddress.postcode}{' '}
                {invoice.buyer.billingAddress.city}
              </p>
              <h3>{texts.seller}</h3>
              <p>
                <strong>{invoice.seller.legalName}</strong>
                <br />
                SIRET {invoice.seller.siret}
                {invoice.seller.vatNumber && ` · ${invoice.seller.vatNumber}`}
              </p>
            </section>
            <section aria-labelledby="invoice-lines">
              <h3 id="invoice-lines">{texts.lines}</h3>
              {invoice.servicePeriod && (
                <p>
                  {format.fill(texts.servicePeriod, {
                    from: format.date(invoice.servicePeriod.from),
                    to: format.date(invoice.servicePeriod.to),
                  })}
                </p>
              )}
              <QuoteLines lines={invoice.lines} totals={invoice.totals} format={format} />
            </section>
            <section aria-labelledby="invoice-mentions">
              <h3 id="invoice-mentions">{texts.mentions}</h3>
              <ul>
                {invoiceMentions(invoice).map((mention) => (
                  <li key={mention.text}>{mention.text}</li>
                ))}
                <li>{invoice.paymentTerms}</li>
              </ul>
            </section>
          </>
        )}
      </Loaded>
    </section>
  );
};

const fileNames: Record<InvoiceDocument, string> = {
  'factur-x': 'pdf',
  ubl: 'ubl.xml',
  cii: 'cii.xml',
  csv: 'csv',
};

const InvoiceActions = ({
  api,
  format,
  invoice,
  onNumbered,
}: PageProps & { invoice: Invoice; onNumbered: () => void }) => {
  const texts = format.messages.salesInvoices;
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const [externalNumber, setExternalNumber] = useState('');
  const ids = { error: useId(), number: useId() };
  const run = async (action: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    setProblem(undefined);
    try {
      await action();
    } catch (error) {
      setProblem(failureReason(error, format));
    } finally {
      setBusy(false);
    }
  };
  const download = (which: InvoiceDocument) =>
    run(async () => {
      const file = await api.invoiceDocument(invoice.invoiceId, which);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(file);
      link.download = `${documentNumber(invoice)}.${fileNames[which]}`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    });
  const credit = () =>
    run(async () => {
      setConfirming(false);
      const note = await api.creditInvoice(invoice.invoiceId);
      navigate(salesPaths.salesInvoice(note.invoiceId));
    });
  const number = (event: Event) => {
    event.preventDefault();
    void run(async () => {
      await api.recordExternalNumber(invoice.invoiceId, externalNumber.trim());
      onNumbered();
    });
  };
  return (
    <section class="quote-actions stack" aria-labelledby="invoice-downloads">
      <h3 id="invoice-downloads">{texts.downloads}</h3>
      <div class="quote-actions__row">
        {invoiceDocuments.map((which) => (
          <button
            key={which}
            type="button"
            class="button button--secondary"
            onClick={() => void download(which)}
          >
            {texts.documents[which]}
          </button>
        ))}
      </div>
      {invoice.status === 'draft' && (
        <form class="form stack" onSubmit={number}>
          <p class="notice">{texts.draftNotice}</p>
          <div class="field">
            <label for={ids.number}>{texts.externalNumberLabel}</label>
            <input
              id={ids.number}
              type="text"
              required
              maxLength={40}
              autocomplete="off"
              value={externalNumber}
              onInput={(event) => setExternalNumber(event.currentTarget.value)}
            />
          </div>
          <button type="submit" class="button button--primary" aria-disabled={busy}>
            {texts.externalNumberSave}
          </button>
        </form>
      )}
      <div class="quote-actions__row">
        {invoice.kind !== 'credit-note' && (
          <Link href={salesPaths.salesPayments(invoice.invoiceId)} class="button button--secondary">
            {texts.payments}
          </Link>
        )}
        {invoice.kind !== 'credit-note' && invoice.status === 'issued' && (
          <button type="button" class="button button--danger" onClick={() => setConfirming(true)}>
            {texts.credit}
          </button>
        )}
      </div>
      <FormAlert id={ids.error} message={problem} />
      <ConfirmDialog
        open={confirming}
        title={texts.credit}
        text={texts.creditConfirm}
        confirmLabel={texts.credit}
        cancelLabel={texts.keep}
        onConfirm={() => void credit()}
        onCancel={() => setConfirming(false)}
      />
    </section>
  );
};

/**
 * On a quote's sheet: its invoices (one query by the quote), and « Facturer » an accepted quote: the whole of it, a
 * deposit (a percentage, or an amount including VAT) or, once a deposit is invoiced, the balance. The new invoice's sheet opens on success.
 */
export const QuoteInvoices = ({ api, format, quote }: PageProps & { quote: Quote }) =>
  quote.status === 'accepted' || quote.status === 'cancelled' ? (
    <QuoteInvoiceList key={quote.status} api={api} format={format} quote={quote} />
  ) : null;

const QuoteInvoiceList = ({ api, format, quote }: PageProps & { quote: Quote }) => {
  const texts = format.messages.salesInvoices;
  const load = useCallback(
    async (signal: AbortSignal) => (await api.quoteInvoices(quote.quoteId, signal)).invoices,
    [api, quote.quoteId],
  );
  const { state, retry } = useLoad(load);
  return (
    <section class="stack" aria-labelledby="quote-invoices">
      <h3 id="quote-invoices">{texts.quoteInvoices}</h3>
      <Loaded state={state} format={format} retry={retry}>
        {(invoices) => {
          const live = invoices.filter((each) => each.kind !== 'credit-note' && each.status !== 'cancelled');
          const closed = live.some((each) => each.kind === 'invoice' || each.kind === 'balance');
          const deposited = live.some((each) => each.kind === 'deposit');
          return (
            <>
              {invoices.length === 0 ? (
                <p class="muted">{texts.noQuoteInvoices}</p>
              ) : (
                <InvoiceList invoices={invoices} format={format} />
              )}
              {quote.status === 'accepted' && !closed && (
                <IssueForm api={api} format={format} quote={quote} deposited={deposited} />
              )}
            </>
          );
        }}
      </Loaded>
    </section>
  );
};

const IssueForm = ({ api, format, quote, deposited }: PageProps & { quote: Quote; deposited: boolean }) => {
  const texts = format.messages.salesInvoices;
  const choices: IssueRequest['kind'][] = deposited ? ['deposit', 'balance'] : ['invoice', 'deposit'];
  const [kind, setKind] = useState<IssueRequest['kind']>(choices[0] ?? 'invoice');
  const [percent, setPercent] = useState('30');
  const [depositAs, setDepositAs] = useState<'percent' | 'amount'>('percent');
  const [amount, setAmount] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const ids = { legend: useId(), depositAs: useId(), percent: useId(), amount: useId(), error: useId() };
  /** What to ask for, or the wording of what is wrong with what was typed. */
  const request = (): IssueRequest | string => {
    if (kind !== 'deposit') return { kind };
    if (depositAs === 'amount') {
      const cents = centsOf(amount);
      return cents !== undefined && cents > 0 && cents < quote.totals.grossCents
        ? { kind, amountCents: cents }
        : texts.amountInvalid;
    }
    const share = Number(percent.replace(',', '.'));
    return share >= 1 && share <= 99 ? { kind, percent: share } : texts.percentInvalid;
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const asked = request();
    if (typeof asked === 'string') {
      setProblem(asked);
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      const invoice = await api.issueInvoice(quote.quoteId, asked);
      navigate(salesPaths.salesInvoice(invoice.invoiceId));
    } catch (error) {
      setProblem(failureReason(error, format));
      setBusy(false);
    }
  };
  return (
    <form class="form stack" onSubmit={submit} aria-describedby={problem ? ids.error : undefined}>
      <fieldset class="choice">
        <legend id={ids.legend}>{texts.choice}</legend>
        {choices.map((each) => (
          <label key={each} class="choice__option">
            <input
              type="radio"
              name="invoice-kind"
              value={each}
              checked={kind === each}
              onChange={() => setKind(each)}
            />
            {texts.choices[each]}
          </label>
        ))}
      </fieldset>
      {kind === 'deposit' && (
        <fieldset class="choice">
          <legend id={ids.depositAs}>{texts.depositAs}</legend>
          {(['percent', 'amount'] as const).map((each) => (
            <label key={each} class="choice__option">
              <input
                type="radio"
                name="deposit-as"
                value={each}
                checked={depositAs === each}
                onChange={() => setDepositAs(each)}
              />
              {texts.depositAsChoices[each]}
            </label>
          ))}
        </fieldset>
      )}
      {kind === 'deposit' && depositAs === 'percent' && (
        <div class="field">
          <label for={ids.percent}>{texts.percent}</label>
          <input
            id={ids.percent}
            type="text"
            inputMode="decimal"
            required
            value={percent}
            onInput={(event) => setPercent(event.currentTarget.value)}
          />
        </div>
      )}
      {kind === 'deposit' && depositAs === 'amount' && (
        <div class="field">
          <label for={ids.amount}>{texts.amount}</label>
          <input
            id={ids.amount}
            type="text"
            inputMode="decimal"
            required
            value={amount}
            onInput={(event) => setAmount(event.currentTarget.value)}
          />
        </div>
      )}
      <button type="submit" class="button button--primary" aria-disabled={busy}>
        {busy ? texts.issuing : texts.invoice}
      </button>
      <FormAlert id={ids.error} message={problem} />
    </form>
  );
};
