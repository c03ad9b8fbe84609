import { useId } from 'preact/hooks';

interface TextAreaFieldProps {
  label: string;
  value: string;
  onValue: (value: string) => void;
  maxLength: number;
  required?: boolean;
  /** The id of the form's error message, set when this field is the one at fault. */
  errorId?: string;
}

/** A few lines of free text, labelled: a comment, a reason. */
export const TextAreaField = ({
  label,
  value,
  onValue,
  maxLength,
  required,
  errorId,
}: TextAreaFieldProps) => {
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <textarea
        id={id}
        rows={3}
        maxLength={maxLength}
        value={value}
        required={required}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={errorId}
        onInput={(event) => onValue(event.currentTarget.value)}
      />
    </div>
  );
};
