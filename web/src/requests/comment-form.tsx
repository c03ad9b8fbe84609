import { useId, useState } from 'preact/hooks';
import type { Api } from '../api';
import { FormAlert } from '../shell/forms/form-alert';
import { TextAreaField } from '../shell/forms/text-area-field';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import type { FormRequest } from './request-types';

interface CommentFormProps {
  api: Api;
  format: Format;
  requestId: string;
  onCommented: (request: FormRequest) => void;
}

/** A comment added to the thread of a request; the request comes back with it. */
export const CommentForm = ({ api, format, requestId, onCommented }: CommentFormProps) => {
  const texts = format.messages.requests.request;
  const errorId = useId();
  const [text, setText] = useState('');
  const [status, setStatus] = useState<{ sending: boolean; error?: string; sent?: boolean }>({
    sending: false,
  });

  const submit = async (event: Event) => {
    event.preventDefault();
    if (status.sending) return;
    if (!text.trim()) {
      setStatus({ sending: false, error: texts.missingComment });
      return;
    }
    setStatus({ sending: true });
    try {
      onCommented(await api.commentRequest(requestId, text.trim()));
      setText('');
      setStatus({ sending: false, sent: true });
    } catch (error) {
      setStatus({
        sending: false,
        error: format.fill(texts.commentFailed, { reason: failureReason(error, format) }),
      });
    }
  };

  return (
    <form class="form" noValidate onSubmit={submit}>
      <TextAreaField
        label={texts.newComment}
        maxLength={2000}
        value={text}
        onValue={setText}
        errorId={status.error ? errorId : undefined}
      />
      <FormAlert id={errorId} message={status.error} />
      <p class="form__status" role="status">
        {status.sent ? texts.commentSent : ''}
      </p>
      <button type="submit" class="button" aria-disabled={status.sending}>
        {status.sending ? texts.sendingComment : texts.sendComment}
      </button>
    </form>
  );
};
