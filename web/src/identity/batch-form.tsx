import type { RefObject } from 'preact';
import { useId, useMemo, useRef, useState } from 'preact/hooks';
import type { Api } from '../api';
import { sortByLevel } from '../people/by-level';
import type { ClassSummary } from '../people/person';
import { FormAlert } from '../shell/forms/form-alert';
import { ApiError } from '../shell/http/api-errors';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import {
  type ActivationBatch,
  type BatchChoice,
  type BatchScopeKind,
  batchScopeKinds,
  levelsOf,
  scopeOf,
} from './batch';

interface BatchFormProps {
  api: Api;
  format: Format;
  classes: readonly ClassSummary[];
  onBatch: (batch: ActivationBatch) => void;
  /** The choices offered, the first chosen by default: only those the person may use. */
  scopes?: readonly BatchScopeKind[];
}

/** Who the codes are for (a class and a level are picked in the school's own lists), and the button that makes them. */
export const BatchForm = ({ api, format, classes, onBatch, scopes = batchScopeKinds }: BatchFormProps) => {
  const texts = format.messages.activationCodes;
  const [choice, setChoice] = useState<BatchChoice>({
    kind: scopes[0] ?? 'not-activated',
    classId: '',
    level: '',
  });
  const [sending, setSending] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string>();
  const pick = useRef<HTMLSelectElement>(null);
  const errorId = useId();
  const sortedClasses = useMemo(() => sortByLevel(classes, format.localeTag), [classes, format.localeTag]);
  const levels = useMemo(() => levelsOf(classes, format.localeTag), [classes, format.localeTag]);

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (sending) return;
    const scope = scopeOf(choice);
    if (!scope) {
      setError(choice.kind === 'class' ? texts.chooseClass : texts.chooseLevel);
      pick.current?.focus();
      return;
    }
    setSending(true);
    setError(undefined);
    setStatus(texts.submitting);
    api.createActivationBatch(scope).then(
      (batch) => {
        setSending(false);
        setStatus(`${format.accountCount(batch.accounts)}, ${format.letterCount(batch.letters)}`);
        onBatch(batch);
      },
      (failure: unknown) => {
        setSending(false);
        setStatus('');
        setError(
          failure instanceof ApiError && failure.status === 403
            ? texts.forbidden
            : format.fill(texts.failed, { reason: failureReason(failure, format) }),
        );
      },
    );
  };

  // A class or a level is picked under its own choice, once that choice is made.
  const pickers: Partial<Record<BatchScopeKind, PickerChoice>> = {
    class: {
      label: texts.class,
      value: choice.classId,
      options: sortedClasses.map(({ classId, label }) => ({ value: classId, label })),
      onPick: (classId) => setChoice({ ...choice, classId }),
    },
    level: {
      label: texts.level,
      value: choice.level,
      options: levels.map((level) => ({ value: level, label: level })),
      onPick: (level) => setChoice({ ...choice, level }),
    },
  };

  return (
    <form class="form" onSubmit={submit} noValidate>
      <fieldset class="choices">
        <legend>{texts.scope}</legend>
        {scopes.map((kind) => (
          <div key={kind} class="choice">
            <label class="choice__option">
              <input
                type="radio"
                name="scope"
                value={kind}
                checked={choice.kind === kind}
                disabled={Boolean(pickers[kind]) && classes.length === 0}
                onChange={() => {
                  setChoice({ ...choice, kind });
                  setError(undefined);
                }}
              />
              {texts.scopes[kind]}
            </label>
            {choice.kind === kind && pickers[kind] && (
              <Picker {...pickers[kind]} selectRef={pick} errorId={error && errorId} />
            )}
          </div>
        ))}
      </fieldset>
      <FormAlert id={errorId} message={error} />
      <button type="submit" class="button" aria-disabled={sending}>
        {texts.submit}
      </button>
      {/* Once made, the result below shows the counts; they are only read out here. */}
      <p class={sending ? 'form__status' : 'visually-hidden'} role="status">
        {status}
      </p>
    </form>
  );
};

interface PickerChoice {
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onPick: (value: string) => void;
}

interface PickerProps extends PickerChoice {
  selectRef: RefObject<HTMLSelectElement | null>;
  errorId: string | undefined;
}

const Picker = ({ label, value, options, onPick, selectRef, errorId }: PickerProps) => {
  const id = useId();
  return (
    <div class="field choice__pick">
      <label for={id}>{label}</label>
      <select
        id={id}
        ref={selectRef}
        value={value}
        onChange={(event) => onPick(event.currentTarget.value)}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={errorId}
      >
        <option value="">—</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
};
