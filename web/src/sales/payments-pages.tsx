import { useCallback, useId, useState } from 'preact/hooks';
import { type PaymentMeans, paymentMeans } from '#domain/sales/payment';
import type { Api } from '../api';
import { failureReason } from '../shell/http/failure-reason';
import { todayIn } from '../shell/i18n/calendar-dates';
import type { Format } from '../shell/i18n/format';
import { Loaded, LoadedList } from '../shell/loading/loaded';
import { useLoad } from '../shell/loading/use-load';
import { Link } from '../shell/routing/link';
import type { InvoicePayments, JournalRequest } from './payments-api';
import { salesPaths } from './sales-routes';

interface PageProps {
  api: Api;
  format: Format;
}

/** Cents in the reader's language: « 1 234,50 € » in French. */
export const money = (format: Format, cents: number) =>
  new Intl.NumberFormat(format.localeTag, { style: 'currency', currency: 'EUR' }).format(cents / 100);

/** An amount typed in euros (« 1 234,50 », « 1234.5 ») in cents; undefined when it is not one. */
export const centsOfTyped = (typed: string): number | undefined => {
  const text = typed.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(text)) return undefined;
  const [whole = '0', decimals = ''] = text.split('.');
  return Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
};

/**
 * `/ventes/factures/{invoiceId}/paiements`: an invoice's payments, what is paid and what is due, « Enregistrer un
 * paiement », and each payment's cancellation.
 */
export const InvoicePaymentsPage = ({ api, format, invoiceId }: PageProps & { invoiceId: string }) => {
  const texts = format.messages.salesPayments;
  const load = useCallback((signal: AbortSignal) => api.invoicePayments(invoiceId, signal), [api, invoiceId]);
  const { state, retry } = useLoad(load, { keepValue: true });
  // Said outside the loaded sheet, which reloads (and redraws its form) once a payment is recorded.
  const [notice, setNotice] = useState<string>();
  const recorded = (message: string) => {
    setNotice(message);
    retry();
  };
  return (
    <section class="page sales stack--loose" aria-labelledby="payments-title">
      <p>
        <Link href={salesPaths.salesOverdue}>{texts.overdueTitle}</Link>
      </p>
      <Loaded state={state} format={format} retry={retry} notFound={texts.invoiceNotFound}>
        {(invoice) => (
          <>
            <h2 id="payments-title">{format.fill(texts.title, { number: invoice.number })}</h2>
            <Balance invoice={invoice} format={format} />
            {invoice.status === 'cancelled' ? (
              <p class="notice">{texts.cancelledInvoice}</p>
            ) : invoice.balanceCents > 0 ? (
              <PaymentForm api={api} format={format} invoice={invoice} onRecorded={recorded} />
            ) : (
              <p class="notice" role="status">
                {texts.fullyPaid}
              </p>
            )}
            <PaymentList api={api} format={format} invoice={invoice} onCancelled={retry} />
          </>
        )}
      </Loaded>
      <p class={notice ? 'notice' : 'visually-hidden'} role="status">
        {notice}
      </p>
    </section>
  );
};

const Balance = ({ invoice, format }: { invoice: InvoicePayments; format: Format }) => {
  const texts = format.messages.salesPayments;
  return (
    <dl class="sales-payments__balance">
      <div>
        <dt>{texts.gross}</dt>
        <dd class="amount">{money(format, invoice.grossCents)}</dd>
      </div>
      <div>
        <dt>{texts.paid}</dt>
        <dd class="amount">{money(format, invoice.paidCents)}</dd>
      </div>
      <div>
        <dt>{texts.balance}</dt>
        <dd class="amount" data-testid="balance">
          {money(format, invoice.balanceCents)}
        </dd>
      </div>
    </dl>
  );
};

const PaymentForm = ({
  api,
  format,
  invoice,
  onRecorded,
}: PageProps & { invoice: InvoicePayments; onRecorded: (message: string) => void }) => {
  const texts = format.messages.salesPayments;
  const ids = { date: useId(), amount: useId(), means: useId(), reference: useId(), error: useId() };
  const [draft, setDraft] = useState({
    date: todayIn(format.timeZone),
    amount: '',
    means: 'transfer' as PaymentMeans,
    reference: '',
  });
  const [status, setStatus] = useState<{ busy?: boolean; error?: string }>({});
  const submit = async (event: Event) => {
    event.preventDefault();
    const amountCents = centsOfTyped(draft.amount);
    if (amountCents === undefined || amountCents === 0) {
      setStatus({ error: texts.amountInvalid });
      return;
    }
    setStatus({ busy: true });
    try {
      const recorded = await api.recordPayment(invoice.invoiceId, {
        date: draft.date,
        amountCents,
        means: draft.means,
        ...(draft.reference.trim() && { reference: draft.reference.trim() }),
      });
      setDraft({ ...draft, amount: '', reference: '' });
      setStatus({});
      onRecorded(format.fill(texts.recorded, { balance: money(format, recorded.balanceCents) }));
    } catch (failure) {
      setStatus({ error: failureReason(failure, format) });
    }
  };
  return (
    <form class="sheet__section stack" aria-labelledby={`${ids.date}-title`} onSubmit={submit}>
      <h3 id={`${ids.date}-title`}>{texts.record}</h3>
      <div class="field">
        <label for={ids.amount}>{texts.amount}</label>
        <input
          id={ids.amount}
          type="text"
          inputMode="decimal"
          autocomplete="off"
          required
          value={draft.amount}
          placeholder={money(format, invoice.balanceCents).replace(/[^\d,.]/g, '')}
          aria-invalid={status.error === texts.amountInvalid || undefined}
          aria-describedby={status.error ? ids.error : undefined}
          onInput={(event) => setDraft({ ...draft, amount: event.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for={ids.date}>{texts.date}</label>
        <input
          id={ids.date}
          type="date"
          required
          value={draft.date}
          onInput={(event) => setDraft({ ...draft, date: event.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for={ids.means}>{texts.means}</label>
        <select
          id={ids.means}
          value={draft.means}
          onChange={(event) => setDraft({ ...draft, means: event.currentTarget.value as PaymentMeans })}
        >
          {paymentMeans.map((means) => (
            <option key={means} value={means}>
              {texts.meansWords[means]}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for={ids.reference}>{texts.reference}</label>
        <input
          id={ids.reference}
          type="text"
          maxLength={80}
          autocomplete="off"
          value={draft.reference}
          onInput={(event) => setDraft({ ...draft, reference: event.currentTarget.value })}
        />
      </div>
      <p>
        <button type="submit" class="button" disabled={status.busy}>
          {texts.recordButton}
        </button>
      </p>
      {status.error && (
        <p id={ids.error} class="notice notice--error" role="alert">
          {status.error}
        </p>
      )}
    </form>
  );
};

const PaymentList = ({
  api,
  format,
  invoice,
  onCancelled,
}: PageProps & { invoice: InvoicePayments; onCancelled: () => void }) => {
  const texts = format.messages.salesPayments;
  const [error, setError] = useState<string>();
  const cancel = async (paymentId: string) => {
    if (!window.confirm(texts.cancelConfirm)) return;
    try {
      await api.cancelPayment(invoice.invoiceId, paymentId);
      setError(undefined);
      onCancelled();
    } catch (failure) {
      setError(failureReason(failure, format));
    }
  };
  return (
    <section class="sheet__section" aria-labelledby="payments-list">
      <h3 id="payments-list">{texts.listTitle}</h3>
      {invoice.payments.length === 0 ? (
        <p class="muted">{texts.none}</p>
      ) : (
        <ul class="sales-payments__list">
          {invoice.payments.map((payment) => (
            <li key={payment.paymentId} class={payment.reversedBy ? 'sales-payments__cancelled' : undefined}>
              <span>
                {format.date(payment.date)} · {texts.meansWords[payment.means]}
                {payment.reference && ` · ${payment.reference}`}
                {payment.kind === 'reversal' && ` · ${texts.reversal}`}
                {payment.reversedBy && ` · ${texts.cancelled}`}
              </span>
              <span class="amount">{money(format, payment.amountCents)}</span>
              {payment.kind === 'payment' && !payment.reversedBy && invoice.status !== 'cancelled' && (
                <button
                  type="button"
                  class="button button--secondary"
                  onClick={() => void cancel(payment.paymentId)}
                >
                  {texts.cancel}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p class="notice notice--error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
};

/** `/ventes/impayes`: the invoices past due with a balance, the oldest first, with the reminders mailed. */
export const OverduePage = ({ api, format }: PageProps) => {
  const texts = format.messages.salesPayments;
  const load = useCallback(async (signal: AbortSignal) => (await api.overdueInvoices(signal)).items, [api]);
  const { state, retry } = useLoad(load);
  const reminderText = (at: string | undefined, label: string) =>
    at ? format.fill(label, { date: format.date(todayIn(format.timeZone, new Date(at))) }) : undefined;
  return (
    <section class="page sales stack--loose" aria-labelledby="overdue-title">
      <div>
        <h2 id="overdue-title">{texts.overdueTitle}</h2>
        <p class="page__intro">{texts.overdueIntro}</p>
      </div>
      <p>
        <Link href={salesPaths.salesJournal}>{texts.journalTitle}</Link>
      </p>
      <LoadedList state={state} format={format} retry={retry} none={texts.noneOverdue}>
        {(items) => (
          <ul class="sales-payments__overdue">
            {items.map((invoice) => (
              <li key={invoice.invoiceId}>
                <p>
                  <Link href={salesPaths.salesPayments(invoice.invoiceId)}>
                    <strong>{invoice.number}</strong>
                  </Link>
                  {' · '}
                  {invoice.clientName}
                </p>
                <p>
                  {format.fill(texts.overdueLine, {
                    balance: money(format, invoice.balanceCents),
                    due: format.date(invoice.dueDate),
                  })}
                </p>
                <p class="muted">
                  {[
                    reminderText(invoice.reminders.first, texts.firstReminder),
                    reminderText(invoice.reminders.second, texts.secondReminder),
                  ]
                    .filter(Boolean)
                    .join(' · ') || texts.noReminder}
                </p>
                {invoice.followUp && <p class="notice">{texts.followUp}</p>}
              </li>
            ))}
          </ul>
        )}
      </LoadedList>
    </section>
  );
};

/** `/ventes/journal`: the sales journal of a period, or its payments, as a CSV for the accountant. */
export const SalesJournalPage = ({ api, format }: PageProps) => {
  const texts = format.messages.salesPayments;
  const today = todayIn(format.timeZone);
  const ids = { from: useId(), to: useId(), part: useId() };
  const [request, setRequest] = useState<JournalRequest>({
    from: `${today.slice(0, 8)}01`,
    to: today,
    part: 'invoices',
  });
  const [status, setStatus] = useState<{ busy?: boolean; error?: string }>({});
  const download = async (event: Event) => {
    event.preventDefault();
    setStatus({ busy: true });
    try {
      const file = await api.salesJournal(request);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(file);
      link.download = `${request.part === 'payments' ? 'journal-paiements' : 'journal-ventes'}-${request.from}-${request.to}.csv`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      setStatus({});
    } catch (failure) {
      setStatus({ error: failureReason(failure, format, { from: texts.from, to: texts.to }) });
    }
  };
  return (
    <section class="page sales stack--loose" aria-labelledby="journal-title">
      <div>
        <h2 id="journal-title">{texts.journalTitle}</h2>
        <p class="page__intro">{texts.journalIntro}</p>
      </div>
      <form class="stack" onSubmit={download}>
        <div class="field">
          <label for={ids.from}>{texts.from}</label>
          <input
            id={ids.from}
            type="date"
            required
            value={request.from}
            onInput={(event) => setRequest({ ...request, from: event.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for={ids.to}>{texts.to}</label>
          <input
            id={ids.to}
            type="date"
            required
            value={request.to}
            onInput={(event) => setRequest({ ...request, to: event.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for={ids.part}>{texts.part}</label>
          <select
            id={ids.part}
            value={request.part}
            onChange={(event) =>
              setRequest({ ...request, part: event.currentTarget.value as JournalRequest['part'] })
            }
          >
            <option value="invoices">{texts.partInvoices}</option>
            <option value="payments">{texts.partPayments}</option>
          </select>
        </div>
        <p>
          <button type="submit" class="button" disabled={status.busy}>
            {status.busy ? texts.downloading : texts.download}
          </button>
        </p>
        {status.error && (
          <p class="notice notice--error" role="alert">
            {status.error}
          </p>
        )}
      </form>
    </section>
  );
};
