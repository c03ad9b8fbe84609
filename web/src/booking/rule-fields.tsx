import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

interface RuleInputProps {
  label: string;
  value: string;
  onValue: (value: string) => void;
  type: 'text' | 'number' | 'time' | 'lines';
  /** What is wrong with it, shown under it and read with it. */
  problem?: string;
  min?: number;
  step?: number;
  /** May be left empty. */
  optional?: boolean;
}

/** A labelled field of the rules form, with what is wrong with it right under it. */
export const RuleInput = ({ label, value, onValue, type, problem, min, step, optional }: RuleInputProps) => {
  const id = useId();
  const problemId = useId();
  const input = {
    id,
    value,
    required: !optional,
    autocomplete: 'off',
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': problem ? problemId : undefined,
    onInput: (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) =>
      onValue(event.currentTarget.value),
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {type === 'lines' && <textarea rows={3} {...input} />}
      {type === 'text' && <input type="text" {...input} />}
      {type === 'time' && <input type="time" step={300} {...input} />}
      {type === 'number' && <input type="number" inputMode="decimal" min={min} step={step} {...input} />}
      <FieldProblem id={problemId} problem={problem} />
    </div>
  );
};

interface CheckGroupProps<T extends string | number> {
  legend: string;
  options: readonly { value: T; label: string }[];
  chosen: readonly T[];
  onChosen: (chosen: T[]) => void;
  problem?: string;
}

/** Several choices among a few, as checkboxes in a fieldset, in the order of the options. */
export const CheckGroup = <T extends string | number>({
  legend,
  options,
  chosen,
  onChosen,
  problem,
}: CheckGroupProps<T>) => {
  const problemId = useId();
  const toggle = (value: T, checked: boolean) =>
    onChosen(
      options
        .map((option) => option.value)
        .filter((each) => (each === value ? checked : chosen.includes(each))),
    );
  return (
    <fieldset
      class="choices choices--inline booking-checks"
      aria-describedby={problem ? problemId : undefined}
    >
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} class="choice__option">
          <input
            type="checkbox"
            checked={chosen.includes(option.value)}
            onChange={(event) => toggle(option.value, event.currentTarget.checked)}
          />
          {option.label}
        </label>
      ))}
      <FieldProblem id={problemId} problem={problem} />
    </fieldset>
  );
};

const FieldProblem = ({ id, problem }: { id: string; problem?: string }) =>
  problem ? (
    <p id={id} class="booking-problem">
      {problem}
    </p>
  ) : null;

export const RuleGroup = ({ legend, children }: { legend: string; children: ComponentChildren }) => (
  <fieldset class="field-group field-group--inner">
    <legend>{legend}</legend>
    {children}
  </fieldset>
);
