import { useId, useRef, useState } from 'preact/hooks';
import type { Quote } from '#domain/sales/sales';
import type { Api } from '../api';
import { ConfirmDialog } from '../shell/forms/confirm-dialog';
import { FormAlert } from '../shell/forms/form-alert';
import { apiErrorText } from '../shell/http/api-error-words';
import { ApiError } from '../shell/http/api-errors';
import type { Format } from '../shell/i18n/format';
import type { SentQuote } from './sales-api';

interface QuoteSendActionsProps {
  api: Api;
  format: Format;
  quote: Quote;
  /** The quote as the API answered a send or a cancel: the sheet shows it. */
  onChanged: (quote: Quote) => void;
}

/**
 * The actions of a quote's sheet (S2): « Envoyer » a draft, its slots held as options until a day if asked; the
 * client's link once sent, to copy or mail; « Annuler le devis »; the quote's and its agreement's PDFs.
 */
export const QuoteSendActions = ({ api, format, quote, onChanged }: QuoteSendActionsProps) => {
  const texts = format.messages.salesHolds.sheet;
  const [hold, setHold] = useState(quote.slots.length > 0);
  const [holdUntil, setHoldUntil] = useState(quote.validUntil);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [sent, setSent] = useState<SentQuote>();
  const [confirming, setConfirming] = useState(false);
  const errorId = useId();
  const untilId = useId();

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setProblem(undefined);
    try {
      await action();
    } catch (error) {
      setProblem(error instanceof ApiError ? apiErrorText(error, format) : String(error));
    } finally {
      setBusy(false);
    }
  };
  const send = () =>
    run(async () => {
      const answer = await api.sendQuote(quote.quoteId, hold ? { hold, holdUntil } : { hold });
      setSent(answer);
      onChanged(answer.quote);
    });
  const cancel = () =>
    run(async () => {
      setConfirming(false);
      onChanged((await api.cancelQuote(quote.quoteId, quote.version)).quote);
    });
  const download = (which: 'quote' | 'agreement') =>
    run(async () => {
      const file = await api.quoteDocument(quote.quoteId, which);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(file);
      link.download = `${which === 'quote' ? 'devis' : 'convention'}-${quote.number}.pdf`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    });
  const cancellable = ['draft', 'sent', 'accepted'].includes(quote.status);

  return (
    <section class="quote-actions stack" aria-label={texts.send}>
      {quote.status === 'draft' && (
        <form
          class="form quote-actions__send"
          onSubmit={(event) => {
            event.preventDefault();
            if (!busy) void send();
          }}
        >
          {quote.slots.length > 0 && (
            <label class="choice__option">
              <input
                type="checkbox"
                checked={hold}
                onChange={(event) => setHold(event.currentTarget.checked)}
              />
              {texts.hold}
            </label>
          )}
          {hold && quote.slots.length > 0 && (
            <div class="field">
              <label for={untilId}>{texts.holdUntil}</label>
              <input
                id={untilId}
                type="date"
                value={holdUntil}
                max={quote.validUntil}
                required
                onInput={(event) => setHoldUntil(event.currentTarget.value)}
              />
            </div>
          )}
          <button type="submit" class="button button--primary" aria-disabled={busy}>
            {busy ? texts.sending : texts.send}
          </button>
        </form>
      )}
      {sent && <ClientLink sent={sent} quote={quote} format={format} />}
      <div class="quote-actions__row">
        <button type="button" class="button button--secondary" onClick={() => download('quote')}>
          {texts.quotePdf}
        </button>
        <button type="button" class="button button--secondary" onClick={() => download('agreement')}>
          {texts.agreementPdf}
        </button>
        {cancellable && (
          <button type="button" class="button button--danger" onClick={() => setConfirming(true)}>
            {texts.cancel}
          </button>
        )}
      </div>
      <FormAlert id={errorId} message={problem} />
      <ConfirmDialog
        open={confirming}
        title={texts.cancel}
        text={texts.cancelConfirm}
        confirmLabel={texts.cancel}
        cancelLabel={format.messages.salesHolds.sheet.keep}
        onConfirm={() => void cancel()}
        onCancel={() => setConfirming(false)}
      />
    </section>
  );
};

/** The client's link, shown once after the send: to copy, or to put in a mail to the client's contact. */
const ClientLink = ({ sent, quote, format }: { sent: SentQuote; quote: Quote; format: Format }) => {
  const texts = format.messages.salesHolds.sheet;
  const url = `${window.location.origin}${sent.link.path}`;
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<string>();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setStatus(texts.copied);
    } catch {
      input.current?.focus();
      input.current?.select();
    }
  };
  const mail = `mailto:${encodeURIComponent(quote.client.contact.email ?? '')}?subject=${encodeURIComponent(
    format.fill(texts.mailSubject, { number: quote.number }),
  )}&body=${encodeURIComponent(format.fill(texts.mailBody, { number: quote.number, url }))}`;
  return (
    <div class="quote-actions__link stack">
      <p class="notice notice--ok">{texts.sent}</p>
      <div class="field">
        <label for={id}>{texts.link}</label>
        <input
          id={id}
          ref={input}
          type="url"
          value={url}
          readOnly
          spellcheck={false}
          onFocus={(event) => event.currentTarget.select()}
        />
      </div>
      <p>{texts.linkOnce}</p>
      <div class="quote-actions__row">
        <button type="button" class="button button--secondary" onClick={copy}>
          {texts.copy}
        </button>
        <a class="button button--secondary" href={mail}>
          {texts.mail}
        </a>
      </div>
      <p class="form__status" role="status">
        {status}
      </p>
    </div>
  );
};
