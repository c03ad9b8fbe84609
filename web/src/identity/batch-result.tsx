import { useId } from 'preact/hooks';
import { lastValidDay } from '#domain/identity/activation-expiry';
import type { Format } from '../shell/i18n/format';
import type { ActivationBatch } from './batch';

/** The batch just made: how many accounts and letters, until when the codes work, and its two documents. */
export const BatchResult = ({ batch, format }: { batch: ActivationBatch; format: Format }) => {
  const texts = format.messages.activationCodes;
  const titleId = useId();
  return (
    <section class="result" aria-labelledby={titleId}>
      <h3 id={titleId}>{texts.resultTitle}</h3>
      {batch.accounts === 0 ? (
        <p>{texts.nothingToDo}</p>
      ) : (
        <>
          <p class="result__summary">
            {format.accountCount(batch.accounts)}, {format.letterCount(batch.letters)}
          </p>
          <p>
            {format.fill(texts.expiresAt, {
              date: format.date(lastValidDay(batch.expiresAt, format.timeZone)),
            })}
          </p>
          <ul class="downloads">
            <li>
              <a class="button" href={batch.csvUrl} download>
                {texts.downloadCsv}
              </a>
            </li>
            <li>
              <a class="button" href={batch.pdfUrl} download>
                {texts.downloadPdf}
              </a>
            </li>
          </ul>
          <p class="muted">{texts.linksExpire}</p>
        </>
      )}
    </section>
  );
};
