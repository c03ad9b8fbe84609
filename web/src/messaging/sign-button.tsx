import { useState } from 'preact/hooks';
import type { Api } from '../api';
import { ApiError } from '../shell/http/api-errors';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import { liaisonSignedEvent } from './use-liaison-count';

interface SignButtonProps {
  api: Api;
  format: Format;
  noteId: string;
  signedAt?: string;
  onSigned: (signedAt: string) => void;
}

/**
 * « Vu et signé » in one tap, then the time it was signed. A note signed meanwhile on another device shows the
 * time of that first signature.
 */
export const SignButton = ({ api, format, noteId, signedAt, onSigned }: SignButtonProps) => {
  const words = format.messages.liaison;
  const [state, setState] = useState<{ signing: boolean; error?: string }>({ signing: false });
  if (signedAt) {
    return <p class="liaison__signed">{format.fill(words.signedAt, { date: format.instant(signedAt) })}</p>;
  }
  const signedNow = (at: string) => {
    onSigned(at);
    window.dispatchEvent(new Event(liaisonSignedEvent));
  };
  const sign = async () => {
    if (state.signing) return;
    setState({ signing: true });
    try {
      signedNow((await api.signLiaisonNote(noteId)).signedAt);
    } catch (error) {
      const first = error instanceof ApiError ? error.details?.signedAt : undefined;
      if (typeof first === 'string') signedNow(first);
      else
        setState({
          signing: false,
          error: format.fill(words.signFailed, { reason: failureReason(error, format) }),
        });
    }
  };
  return (
    <div class="liaison__sign">
      <button type="button" class="button" aria-disabled={state.signing} onClick={sign}>
        {state.signing ? words.signing : words.sign}
      </button>
      <div role="alert">{state.error && <p class="notice notice--error">{state.error}</p>}</div>
    </div>
  );
};
