import { useId, useState } from 'preact/hooks';
import type { Api } from '../api';
import { FormAlert } from '../shell/forms/form-alert';
import { ApiError } from '../shell/http/api-errors';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';

/** « Exporter l'annuaire (OneRoster) »: the API makes the zip, then the browser downloads it from its link. */
export const DirectoryExport = ({ api, format }: { api: Api; format: Format }) => {
  const texts = format.messages.imports.export;
  const [sending, setSending] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string>();
  const titleId = useId();
  const errorId = useId();

  const click = () => {
    if (sending) return;
    setSending(true);
    setError(undefined);
    setStatus(texts.exporting);
    api.exportOneRoster().then(
      ({ url, people, classes }) => {
        setSending(false);
        setStatus(
          format.fill(texts.ready, {
            people: format.count(texts.people, people),
            classes: format.count(texts.classes, classes),
          }),
        );
        // The link is short-lived: it is followed at once; the zip downloads and the page stays.
        location.assign(url);
      },
      (failure: unknown) => {
        setSending(false);
        setStatus('');
        setError(
          failure instanceof ApiError && failure.status === 403
            ? texts.forbidden
            : format.fill(texts.failed, { reason: failureReason(failure, format) }),
        );
      },
    );
  };

  return (
    <section class="result stack" aria-labelledby={titleId}>
      <h3 id={titleId}>{texts.title}</h3>
      <p class="muted">{texts.intro}</p>
      <FormAlert id={errorId} message={error} />
      <button
        type="button"
        class="button button--secondary"
        aria-disabled={sending}
        aria-describedby={error ? errorId : undefined}
        onClick={click}
      >
        {texts.submit}
      </button>
      <p class={status ? 'form__status' : 'visually-hidden'} role="status">
        {status}
      </p>
    </section>
  );
};
