import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

interface InputFieldProps {
  label: string;
  type: 'text' | 'date' | 'time' | 'number';
  value: string;
  onValue: (value: string) => void;
  required?: boolean;
  /** The id of the form's error message, set when this field is the one at fault. */
  errorId?: string;
  min?: number;
}

/** A labelled input of a planning form; times go by 5 minutes, as the API counts them. */
export const InputField = ({ label, type, value, onValue, required, errorId, min }: InputFieldProps) => {
  const id = useId();
  const input = {
    id,
    value,
    required,
    autocomplete: 'off',
    'aria-invalid': errorId ? true : undefined,
    'aria-describedby': errorId,
    onInput: (event: { currentTarget: HTMLInputElement }) => onValue(event.currentTarget.value),
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {type === 'date' && <input type="date" {...input} />}
      {type === 'time' && <input type="time" step={300} {...input} />}
      {type === 'number' && <input type="number" min={min} inputMode="numeric" {...input} />}
      {type === 'text' && <input type="text" {...input} />}
    </div>
  );
};

interface SelectFieldProps {
  label: string;
  value: string;
  onValue: (value: string) => void;
  errorId?: string;
  children: ComponentChildren;
}

export const SelectField = ({ label, value, onValue, errorId, children }: SelectFieldProps) => {
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={errorId}
        onChange={(event) => onValue(event.currentTarget.value)}
      >
        {children}
      </select>
    </div>
  );
};

interface ChoiceFieldProps<T extends string> {
  legend: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onValue: (value: T) => void;
}

/** A choice among a few, as radio buttons in a fieldset. */
export const ChoiceField = <T extends string>({ legend, value, options, onValue }: ChoiceFieldProps<T>) => {
  const name = useId();
  return (
    <fieldset class="choices choices--inline">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} class="choice__option">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={option.value === value}
            onChange={() => onValue(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
};

/** Two fields side by side on a wide screen: a start and an end. */
export const FieldRow = ({ children }: { children: ComponentChildren }) => (
  <div class="field-row">{children}</div>
);

/** A day and the hours of a time span on it. */
export interface Slot {
  date: string;
  start: string;
  end: string;
}

interface SlotFieldsProps {
  slot: Slot;
  onSlot: (slot: Slot) => void;
  labels: Slot;
  /** The id of the form's error message, set when the slot is at fault. */
  errorId?: string;
}

/** The required day and hours of a slot, side by side on a wide screen. */
export const SlotFields = ({ slot, onSlot, labels, errorId }: SlotFieldsProps) => (
  <FieldRow>
    {(['date', 'start', 'end'] as const).map((end) => (
      <InputField
        key={end}
        label={labels[end]}
        type={end === 'date' ? 'date' : 'time'}
        value={slot[end]}
        onValue={(value) => onSlot({ date: slot.date, start: slot.start, end: slot.end, [end]: value })}
        required
        errorId={errorId}
      />
    ))}
  </FieldRow>
);

interface SpanEnd {
  label: string;
  value: string;
  onValue: (value: string) => void;
}

interface SpanFieldsProps {
  type: 'date' | 'time';
  from: SpanEnd;
  to: SpanEnd;
  /** The id of the form's error message, set when the span is at fault. */
  errorId?: string;
}

/** The two required ends of a span side by side: first and last day, or start and end time. */
export const SpanFields = ({ type, from, to, errorId }: SpanFieldsProps) => (
  <FieldRow>
    {[from, to].map(({ label, value, onValue }) => (
      <InputField
        key={label}
        label={label}
        type={type}
        value={value}
        onValue={onValue}
        required
        errorId={errorId}
      />
    ))}
  </FieldRow>
);

interface FormActionsProps {
  saving: boolean;
  submit: string;
  /** What the submit button says while saving. */
  submitting: string;
  /** The submit button of a form that removes something. */
  danger?: boolean;
  back: string;
  onBack: () => void;
}

/** The submit button of a form of the activity panel, and the way back to the activity. */
export const FormActions = ({ saving, submit, submitting, danger, back, onBack }: FormActionsProps) => (
  <div class="form__actions">
    <button type="submit" class={danger ? 'button button--danger' : 'button'} aria-disabled={saving}>
      {saving ? submitting : submit}
    </button>
    <button type="button" class="button button--secondary" onClick={onBack}>
      {back}
    </button>
  </div>
);
