import { useId, useRef, useState } from 'preact/hooks';
import type { Format } from '../shell/i18n/format';

interface CopyLinkProps {
  label: string;
  url: string;
  format: Format;
  /** What the link is of, read out after the label and the button where several links share a page. */
  context?: string;
}

/**
 * A link to copy: shown whole in a read-only field (selected on focus, so it can also be copied by hand) with a
 * « Copier » button. Where the clipboard is refused, the link is selected and the person is told how to copy it.
 */
export const CopyLink = ({ label, url, format, context }: CopyLinkProps) => {
  const texts = format.messages.sharing;
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<string>();
  const aside = context && <span class="visually-hidden"> — {context}</span>;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setStatus(texts.copied);
    } catch {
      input.current?.focus();
      input.current?.select();
      setStatus(texts.copyFailed);
    }
  };

  return (
    <div class="field copy-link">
      <label for={id}>
        {label}
        {aside}
      </label>
      <div class="copy-link__row">
        <input
          id={id}
          ref={input}
          type="url"
          value={url}
          readOnly
          spellcheck={false}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" class="button button--secondary" onClick={copy}>
          {texts.copy}
          {aside}
        </button>
      </div>
      <p class="form__status" role="status">
        {status}
      </p>
    </div>
  );
};
