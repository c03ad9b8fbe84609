import { useId, useState } from 'preact/hooks';
import { ConfirmDialog } from '../shell/forms/confirm-dialog';
import { FormAlert } from '../shell/forms/form-alert';
import { ApiError } from '../shell/http/api-errors';
import type { Format } from '../shell/i18n/format';
import { describeSwitchError } from './describe-switch-error';

interface SwitchYearButtonProps {
  /** The year the school moves to, such as 2027-2028. */
  year: string;
  format: Format;
  switchYear: () => Promise<void>;
  /** The API says a switch already runs: the page follows it. */
  onBusy: () => void;
}

/** « Passer à l'année … », asked for twice: the switch rewrites the whole directory. */
export const SwitchYearButton = ({ year, format, switchYear, onBusy }: SwitchYearButtonProps) => {
  const texts = format.messages.schoolYears;
  const [confirming, setConfirming] = useState(false);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string>();
  const errorId = useId();

  const start = () => {
    setConfirming(false);
    setSending(true);
    setError(undefined);
    // Once accepted, the switch runs and this button leaves the page.
    switchYear().catch((failure: unknown) => {
      setSending(false);
      setError(describeSwitchError(failure, format));
      if (failure instanceof ApiError && failure.code === 'busy') onBusy();
    });
  };

  return (
    <div class="report__apply">
      <FormAlert id={errorId} message={error} />
      <button
        type="button"
        class="button"
        aria-disabled={sending}
        aria-describedby={error ? errorId : undefined}
        onClick={() => {
          if (!sending) setConfirming(true);
        }}
      >
        {format.fill(texts.switch, { year })}
      </button>
      <p class={sending ? 'form__status' : 'visually-hidden'} role="status">
        {sending ? texts.starting : ''}
      </p>
      <ConfirmDialog
        open={confirming}
        title={format.fill(texts.confirmTitle, { year })}
        text={format.fill(texts.confirmText, { year })}
        confirmLabel={texts.confirm}
        cancelLabel={texts.cancel}
        onConfirm={start}
        onCancel={() => setConfirming(false)}
      />
    </div>
  );
};
