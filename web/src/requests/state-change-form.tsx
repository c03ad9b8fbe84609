import { useId, useState } from 'preact/hooks';
import type { Api } from '../api';
import { FormAlert } from '../shell/forms/form-alert';
import { TextAreaField } from '../shell/forms/text-area-field';
import { ApiError } from '../shell/http/api-errors';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import { invalidField } from './request-errors';
import { type FormRequest, type RequestState, requestStates } from './request-types';

interface StateChangeFormProps {
  api: Api;
  format: Format;
  request: FormRequest;
  onChanged: (request: FormRequest) => void;
  onReload: () => void;
}

type Status =
  | { step: 'editing'; error?: string; commentMissing?: boolean; changed?: RequestState }
  | { step: 'saving' }
  | { step: 'stale' };

/**
 * The team moves a request to another state, with a comment that joins the thread; a refusal says why. The
 * version read goes with it, so that a change made meanwhile by someone else is not overwritten.
 */
export const StateChangeForm = ({ api, format, request, onChanged, onReload }: StateChangeFormProps) => {
  const texts = format.messages.requests.request;
  const selectId = useId();
  const errorId = useId();
  const others = requestStates.filter((state) => state !== request.state);
  const [target, setTarget] = useState<RequestState>(others[0] ?? 'in-progress');
  const [comment, setComment] = useState('');
  const [status, setStatus] = useState<Status>({ step: 'editing' });
  const chosen = others.includes(target) ? target : (others[0] ?? target);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (status.step === 'saving') return;
    if (chosen === 'refused' && !comment.trim()) {
      setStatus({ step: 'editing', error: texts.refuseNeedsComment, commentMissing: true });
      return;
    }
    setStatus({ step: 'saving' });
    try {
      const changed = await api.changeRequestState(request.id, {
        state: chosen,
        ...(comment.trim() && { comment: comment.trim() }),
        version: request.version,
      });
      onChanged(changed);
      setComment('');
      setStatus({ step: 'editing', changed: changed.state });
    } catch (error) {
      if (error instanceof ApiError && error.status === 412) setStatus({ step: 'stale' });
      else if (invalidField(error) === 'comment') {
        setStatus({ step: 'editing', error: texts.refuseNeedsComment, commentMissing: true });
      } else {
        setStatus({
          step: 'editing',
          error: format.fill(texts.stateFailed, { reason: failureReason(error, format) }),
        });
      }
    }
  };

  const error = status.step === 'editing' ? status.error : undefined;
  const commentMissing = status.step === 'editing' && status.commentMissing;
  return (
    <section class="sheet__section" aria-labelledby="request-state-change">
      <h3 id="request-state-change">{texts.changeState}</h3>
      <form class="form" noValidate onSubmit={submit}>
        <div class="field">
          <label for={selectId}>{texts.newState}</label>
          <select
            id={selectId}
            value={chosen}
            onChange={(event) => setTarget(event.currentTarget.value as RequestState)}
          >
            {others.map((state) => (
              <option key={state} value={state}>
                {format.messages.requests.states[state]}
              </option>
            ))}
          </select>
        </div>
        <TextAreaField
          label={texts.stateComment}
          maxLength={2000}
          value={comment}
          onValue={setComment}
          errorId={commentMissing ? errorId : undefined}
        />
        <FormAlert id={errorId} message={error} />
        <div role="alert" class="form__alert">
          {status.step === 'stale' && (
            <div class="notice notice--error">
              <p>{texts.stale}</p>
              <button type="button" class="button" onClick={onReload}>
                {texts.reload}
              </button>
            </div>
          )}
        </div>
        <p class="form__status" role="status">
          {status.step === 'editing' && status.changed
            ? format.fill(texts.stateChanged, { state: format.messages.requests.states[status.changed] })
            : ''}
        </p>
        <button type="submit" class="button" aria-disabled={status.step === 'saving'}>
          {status.step === 'saving' ? texts.changing : texts.changeState}
        </button>
      </form>
    </section>
  );
};
