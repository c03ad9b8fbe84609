import { useCallback, useId, useState } from 'preact/hooks';
import type { Api } from '../api';
import { paths } from '../routes';
import { FormAlert } from '../shell/forms/form-alert';
import { TextAreaField } from '../shell/forms/text-area-field';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import { Loaded } from '../shell/loading/loaded';
import { useLoad } from '../shell/loading/use-load';
import { Link } from '../shell/routing/link';
import { navigate } from '../shell/routing/navigation';
import { AttachmentPicker, useAttachments } from './attachments';
import type { RecipientOption } from './message-types';

interface ComposePageProps {
  api: Api;
  format: Format;
}

const keyOf = ({ audience }: RecipientOption) => JSON.stringify(audience);

/**
 * `/messagerie/nouveau`: recipients chosen among the lists one may write to (the API says which: a student is
 * never offered the whole school) and the persons found by name, then a subject and plain text.
 */
export const ComposePage = ({ api, format }: ComposePageProps) => {
  const texts = format.messages.messaging.compose;
  const errorId = useId();
  const [chosen, setChosen] = useState<RecipientOption[]>([]);
  const [typed, setTyped] = useState('');
  const [found, setFound] = useState<RecipientOption[] | undefined>();
  const [subject, setSubject] = useState('');
  const [text, setText] = useState('');
  const [status, setStatus] = useState<{ sending: boolean; error?: string }>({ sending: false });
  const attachments = useAttachments(api, format);
  const load = useCallback((signal: AbortSignal) => api.messageRecipients('', signal), [api]);
  const { state, retry } = useLoad(load);

  const choose = (option: RecipientOption) =>
    setChosen((previous) =>
      previous.some((one) => keyOf(one) === keyOf(option)) ? previous : [...previous, option],
    );
  const find = async (event: Event) => {
    event.preventDefault();
    if (typed.trim().length < 2) return;
    const options = await api.messageRecipients(typed.trim());
    setFound(
      options.filter(({ audience }) => audience.kind === 'person' || audience.kind === 'pupil-guardians'),
    );
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    if (status.sending) return;
    const missing =
      chosen.length === 0
        ? texts.noneChosen
        : !subject.trim()
          ? texts.missingSubject
          : !text.trim()
            ? texts.missingText
            : attachments.blocking;
    if (missing) {
      setStatus({ sending: false, error: missing });
      return;
    }
    setStatus({ sending: true });
    try {
      const sent = await api.sendMessage({
        to: chosen.map(({ audience }) => audience),
        subject: subject.trim(),
        text: text.trim(),
        ...(attachments.ids.length > 0 && { attachmentIds: attachments.ids }),
      });
      navigate(paths.conversation(sent.conversationId));
    } catch (error) {
      setStatus({
        sending: false,
        error: format.fill(texts.failed, { reason: failureReason(error, format) }),
      });
    }
  };

  return (
    <section class="page messaging" aria-labelledby="compose-title">
      <p class="page__kicker">
        <Link href={paths.messages}>{texts.back}</Link>
      </p>
      <h2 id="compose-title">{texts.title}</h2>
      <fieldset class="compose__recipients">
        <legend>{texts.recipients}</legend>
        <h3 class="compose__heading">{texts.chosen}</h3>
        {chosen.length === 0 ? (
          <p class="muted">{texts.noneChosen}</p>
        ) : (
          <ul class="chips">
            {chosen.map((option) => (
              <li key={keyOf(option)} class="chip">
                {option.label}
                <button
                  type="button"
                  class="chip__remove"
                  aria-label={format.fill(texts.remove, { label: option.label })}
                  onClick={() =>
                    setChosen((previous) => previous.filter((one) => keyOf(one) !== keyOf(option)))
                  }
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <h3 class="compose__heading">{texts.lists}</h3>
        <Loaded state={state} format={format} retry={retry}>
          {(options) => (
            <>
              {!options.some(({ audience }) => audience.kind === 'school') && (
                <p class="muted compose__limit">{texts.onlyStaff}</p>
              )}
              <ul class="compose__options">
                {options
                  .filter(({ audience }) => audience.kind !== 'person' && audience.kind !== 'pupil-guardians')
                  .map((option) => (
                    <li key={keyOf(option)}>
                      <button
                        type="button"
                        class="button button--small"
                        aria-label={format.fill(texts.add, { label: option.label })}
                        onClick={() => choose(option)}
                      >
                        + {option.label}
                      </button>
                    </li>
                  ))}
              </ul>
            </>
          )}
        </Loaded>
        <form class="compose__find" onSubmit={find}>
          <label for="compose-find">{texts.findPerson}</label>
          <div class="messaging-search__row">
            <input
              id="compose-find"
              type="search"
              value={typed}
              maxLength={100}
              onInput={(event) => setTyped(event.currentTarget.value)}
            />
            <button type="submit" class="button button--small">
              {texts.findButton}
            </button>
          </div>
        </form>
        {found && found.length === 0 && <p class="muted">{texts.noPersonFound}</p>}
        {found && found.length > 0 && (
          <ul class="compose__options">
            {found.map((option) => (
              <li key={keyOf(option)}>
                <button
                  type="button"
                  class="button button--small"
                  aria-label={format.fill(texts.add, { label: option.label })}
                  onClick={() => choose(option)}
                >
                  + {option.label}
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <form class="form" noValidate onSubmit={submit}>
        <div class="field">
          <label for="compose-subject">{texts.subject}</label>
          <input
            id="compose-subject"
            type="text"
            value={subject}
            maxLength={200}
            onInput={(event) => setSubject(event.currentTarget.value)}
          />
        </div>
        <TextAreaField label={texts.text} maxLength={10_000} value={text} onValue={setText} />
        <p class="muted">{texts.textHint}</p>
        <AttachmentPicker format={format} attachments={attachments} />
        <FormAlert id={errorId} message={status.error} />
        <button type="submit" class="button" aria-disabled={status.sending}>
          {status.sending ? texts.sending : texts.send}
        </button>
      </form>
    </section>
  );
};
