import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

interface EditorFieldProps {
  label: string;
  /** The name the API gives this control in a 400 (`title`, `fields.2.options`): the form focuses it by that. */
  place: string;
  value: string;
  onValue: (value: string) => void;
  multiline?: boolean;
  hint?: string;
  error?: string;
  required?: boolean;
}

/** A labelled text control of the form editor, with its hint and, under it, what the API found wrong. */
export const EditorField = ({
  label,
  place,
  value,
  onValue,
  multiline = false,
  hint,
  error,
  required,
}: EditorFieldProps) => {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const control = {
    id,
    value,
    required,
    'data-place': place,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
    onInput: (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) =>
      onValue(event.currentTarget.value),
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {multiline ? <textarea rows={4} {...control} /> : <input type="text" autocomplete="off" {...control} />}
      {hint && (
        <p id={hintId} class="field__hint">
          {hint}
        </p>
      )}
      <FieldError id={errorId} message={error} />
    </div>
  );
};

/** What is wrong with one control, next to it. */
export const FieldError = ({ id, message }: { id: string | undefined; message: string | undefined }) =>
  message ? (
    <p id={id} class="answer__error">
      {message}
    </p>
  ) : null;

interface EditorGroupProps {
  legend: string;
  place: string;
  error?: string;
  hint?: string;
  inline?: boolean;
  children: ComponentChildren;
}

/** Tick boxes or radio buttons of the editor under their legend, with a hint and what the API found wrong. */
export const EditorGroup = ({ legend, place, error, hint, inline = false, children }: EditorGroupProps) => {
  const id = useId();
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      class={`choices${inline ? ' choices--inline' : ''}${error ? ' answer--invalid' : ''}`}
      data-place={place}
      aria-describedby={describedBy}
    >
      <legend>{legend}</legend>
      {children}
      {hint && (
        <p id={`${id}-hint`} class="field__hint">
          {hint}
        </p>
      )}
      <FieldError id={error ? `${id}-error` : undefined} message={error} />
    </fieldset>
  );
};
