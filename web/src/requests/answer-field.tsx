import { useId } from 'preact/hooks';
import type { Format } from '../shell/i18n/format';
import { type AnswerDraft, toggled } from './answers';
import type { FormField } from './request-types';

interface AnswerFieldProps {
  field: FormField;
  value: AnswerDraft;
  onValue: (value: AnswerDraft) => void;
  /** What is wrong with the answer, shown under it. */
  error?: string;
  format: Format;
}

/**
 * The control of one question, by its kind: text, long text, number, date, a tick for yes-no, radio buttons for
 * one choice, tick boxes for several. « Obligatoire » is written in the label; help and error are tied to the
 * control so that a screen reader reads them with it. `data-answer` lets the form find it to focus it.
 */
export const AnswerField = ({ field, value, onValue, error, format }: AnswerFieldProps) => {
  const id = useId();
  const helpId = field.help ? `${id}-help` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [helpId, errorId].filter(Boolean).join(' ') || undefined;
  const label = (
    <>
      {field.label}
      {field.required && <span class="answer__required"> {format.messages.requests.fill.required}</span>}
    </>
  );
  const notes = (
    <>
      {field.help && (
        <p id={helpId} class="field__hint">
          {field.help}
        </p>
      )}
      {error && (
        <p id={errorId} class="answer__error">
          {error}
        </p>
      )}
    </>
  );

  if (field.kind === 'choice' || field.kind === 'choices') {
    const options = field.options ?? [];
    const ticked = Array.isArray(value) ? value : [];
    return (
      <fieldset
        class={`choices answer${error ? ' answer--invalid' : ''}`}
        data-answer={field.id}
        aria-describedby={describedBy}
      >
        <legend>{label}</legend>
        {field.kind === 'choice'
          ? options.map((option) => (
              <label key={option} class="choice__option">
                <input
                  type="radio"
                  name={id}
                  value={option}
                  checked={value === option}
                  onChange={() => onValue(option)}
                />
                {option}
              </label>
            ))
          : options.map((option) => (
              <label key={option} class="choice__option">
                <input
                  type="checkbox"
                  value={option}
                  checked={ticked.includes(option)}
                  onChange={(event) => onValue(toggled(ticked, option, event.currentTarget.checked))}
                />
                {option}
              </label>
            ))}
        {notes}
      </fieldset>
    );
  }

  if (field.kind === 'yes-no') {
    return (
      <div class={`field answer${error ? ' answer--invalid' : ''}`} data-answer={field.id}>
        <label class="choice__option">
          <input
            type="checkbox"
            checked={value === true}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            onChange={(event) => onValue(event.currentTarget.checked)}
          />
          {label}
        </label>
        {notes}
      </div>
    );
  }

  const text = typeof value === 'string' ? value : '';
  const control = {
    id,
    value: text,
    required: field.required,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    onInput: (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) =>
      onValue(event.currentTarget.value),
  };
  return (
    <div class={`field answer${error ? ' answer--invalid' : ''}`} data-answer={field.id}>
      <label for={id}>{label}</label>
      {field.kind === 'long-text' && <textarea rows={4} {...control} />}
      {field.kind === 'number' && <input type="number" inputMode="decimal" step="any" {...control} />}
      {field.kind === 'date' && <input type="date" {...control} />}
      {field.kind === 'text' && <input type="text" autocomplete="off" {...control} />}
      {notes}
    </div>
  );
};
