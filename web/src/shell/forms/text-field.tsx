import type { RefObject } from 'preact';
import { useId } from 'preact/hooks';

interface TextFieldProps {
  label: string;
  value: string;
  onValue: (value: string) => void;
  autocomplete: string;
  type?: 'text' | 'password';
  /** Names, usernames and codes are typed as they are: no capital, no spelling correction. */
  autocapitalize?: 'none' | 'characters' | 'sentences';
  /** The id of the form's error message, set when this field is the one at fault. */
  errorId?: string;
  /** The id of help that goes with the field, such as the password rules. */
  hintId?: string;
  inputRef?: RefObject<HTMLInputElement | null>;
}

/** A labelled input on a line of its own, tall enough for a finger. */
export const TextField = ({
  label,
  value,
  onValue,
  autocomplete,
  type = 'text',
  autocapitalize = 'none',
  errorId,
  hintId,
  inputRef,
}: TextFieldProps) => {
  const id = useId();
  const describedBy = [hintId, errorId].filter(Boolean).join(' ');
  const input = {
    id,
    ref: inputRef,
    value,
    onInput: (event: { currentTarget: HTMLInputElement }) => onValue(event.currentTarget.value),
    autocomplete,
    autocapitalize,
    spellcheck: false,
    required: true,
    'aria-invalid': errorId ? true : undefined,
    'aria-describedby': describedBy || undefined,
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {type === 'password' ? <input type="password" {...input} /> : <input type="text" {...input} />}
    </div>
  );
};
