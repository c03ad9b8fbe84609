import { useCallback, useId, useState } from 'preact/hooks';
import type { PublicOffer } from '#domain/sales/public-offer';
import { FormAlert } from '../shell/forms/form-alert';
import { TextAreaField } from '../shell/forms/text-area-field';
import { TextField } from '../shell/forms/text-field';
import { apiErrorText } from '../shell/http/api-error-words';
import { ApiError } from '../shell/http/api-errors';
import type { Format } from '../shell/i18n/format';
import { Loaded } from '../shell/loading/loaded';
import { useLoad } from '../shell/loading/use-load';
import { eurosIn, type OfferApi, offerApi, offerPath } from './offer-api';

interface OfferPageProps {
  format: Format;
  token: string;
  /** The calls of the link; tests stand in for the server. */
  api?: OfferApi;
}

/**
 * `/devis/<token>`: the client's page, with no account. The school, the quote's slots, lines and totals, the
 * agreement's articles, then « J’accepte le devis et la convention » or « Je refuse », signed with the name they
 * type; once answered, what they said and when. A link that opens nothing says so, whatever the reason.
 */
export const OfferPage = ({ format, token, api = defaultApi }: OfferPageProps) => {
  const texts = format.messages.salesHolds.offer;
  const load = useCallback((signal: AbortSignal) => api.offer(token, signal), [api, token]);
  const { state, retry } = useLoad(load);
  const [answered, setAnswered] = useState<'accepted' | 'refused'>();
  return (
    <section class="page page--narrow offer stack--loose" aria-labelledby="offer-title">
      <Loaded state={state} format={format} retry={retry} notFound={texts.notFound}>
        {(offer) => (
          <OfferView
            offer={offer}
            token={token}
            format={format}
            answered={answered ?? offer.answer?.decision}
            onAnswer={async (decision, name, reason) => {
              if (decision === 'accepted') await api.accept(token, name);
              else await api.refuse(token, name, reason);
              setAnswered(decision);
            }}
          />
        )}
      </Loaded>
    </section>
  );
};

const defaultApi = offerApi();

interface OfferViewProps {
  offer: PublicOffer;
  token: string;
  format: Format;
  answered: 'accepted' | 'refused' | undefined;
  onAnswer: (decision: 'accepted' | 'refused', name: string, reason?: string) => Promise<void>;
}

const OfferView = ({ offer, token, format, answered, onAnswer }: OfferViewProps) => {
  const texts = format.messages.salesHolds.offer;
  const euros = eurosIn(format.localeTag);
  const { quote, school, agreement } = offer;
  return (
    <>
      <header>
        <p class="offer__school">{school.name}</p>
        <h2 id="offer-title">{format.fill(texts.title, { number: quote.number })}</h2>
        {quote.title && <p class="page__intro">{quote.title}</p>}
        <p>
          {format.fill(texts.forClient, { client: quote.client.legalName })}{' '}
          {format.fill(texts.validUntil, { date: format.date(quote.validUntil) })}
        </p>
      </header>
      {quote.slots.length > 0 && (
        <section aria-labelledby="offer-slots">
          <h3 id="offer-slots">{texts.slots}</h3>
          <ul class="offer__slots">
            {quote.slots.map((slot) => (
              <li key={`${slot.placeName}${slot.date}${slot.start}`}>
                <strong>{slot.placeName}</strong> — {format.day(slot.date)},{' '}
                {format.timeSpan(slot.start, slot.end)}{' '}
                <span class="offer__held">
                  {format.fill(texts.held, { span: format.timeSpan(slot.heldFrom, slot.heldUntil) })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="offer-lines">
        <h3 id="offer-lines">{texts.lines}</h3>
        <ul class="offer__lines">
          {quote.lines.map((line) => (
            <li key={line.lineId} class="offer__line">
              <span>{line.label}</span>
              <span>
                {format.number(line.quantity)} × {euros(line.unitPriceCents)} ·{' '}
                {format.fill(texts.vat, { rate: format.number(line.vatRate) })}
              </span>
            </li>
          ))}
        </ul>
        <dl class="offer__totals">
          <div>
            <dt>{texts.net}</dt>
            <dd>{euros(quote.totals.netCents)}</dd>
          </div>
          {quote.totals.vatBreakdown.map((rate) => (
            <div key={`${rate.vatRate}${rate.exemption ?? ''}`}>
              <dt>{format.fill(texts.vatOn, { rate: format.number(rate.vatRate) })}</dt>
              <dd>{rate.exemption ?? euros(rate.vatCents)}</dd>
            </div>
          ))}
          <div>
            <dt>{texts.gross}</dt>
            <dd>
              <strong>{euros(quote.totals.grossCents)}</strong>
            </dd>
          </div>
        </dl>
      </section>
      <section aria-labelledby="offer-agreement" class="offer__agreement">
        <h3 id="offer-agreement">{agreement.title}</h3>
        {agreement.parties.map((party) => (
          <p key={party}>{party}</p>
        ))}
        {agreement.articles.map((article) => (
          <div key={article.heading}>
            <h4>{article.heading}</h4>
            {article.paragraphs.map((paragraph) => (
              <p key={paragraph}>{paragraph}</p>
            ))}
          </div>
        ))}
      </section>
      <p class="offer__documents">
        <a href={`${offerPath(token)}/pdf`} download>
          {texts.quotePdf}
        </a>{' '}
        <a href={`${offerPath(token)}/agreement/pdf`} download>
          {texts.agreementPdf}
        </a>
      </p>
      {answered ? (
        <p class="notice" role="status">
          {answered === 'accepted' ? texts.accepted : texts.refused}
        </p>
      ) : (
        <AnswerForm format={format} onAnswer={onAnswer} />
      )}
    </>
  );
};

const AnswerForm = ({ format, onAnswer }: Pick<OfferViewProps, 'format' | 'onAnswer'>) => {
  const texts = format.messages.salesHolds.offer;
  const [name, setName] = useState('');
  const [reason, setReason] = useState('');
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string>();
  const errorId = useId();
  const answer = (decision: 'accepted' | 'refused') => async () => {
    if (name.trim() === '') {
      setProblem(texts.nameRequired);
      return;
    }
    setSending(true);
    setProblem(undefined);
    try {
      await onAnswer(decision, name.trim(), reason.trim() || undefined);
    } catch (error) {
      setProblem(
        error instanceof ApiError ? apiErrorText(error, format, { name: texts.name }) : String(error),
      );
    } finally {
      setSending(false);
    }
  };
  return (
    <form class="form offer__answer" onSubmit={(event) => event.preventDefault()}>
      <TextField
        label={texts.name}
        value={name}
        onValue={setName}
        autocomplete="name"
        errorId={problem ? errorId : undefined}
      />
      <TextAreaField label={texts.reason} value={reason} onValue={setReason} maxLength={1000} />
      <FormAlert id={errorId} message={problem} />
      <div class="form__actions">
        <button type="button" class="button button--primary" disabled={sending} onClick={answer('accepted')}>
          {texts.accept}
        </button>
        <button type="button" class="button" disabled={sending} onClick={answer('refused')}>
          {texts.refuse}
        </button>
      </div>
    </form>
  );
};
