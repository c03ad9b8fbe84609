import { useId } from 'preact/hooks';
import type { Format } from '../shell/i18n/format';

interface NextYearChoiceProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled: boolean;
  format: Format;
}

/** « Préparer l'année suivante »: the import is kept aside until the school switches years. */
export const NextYearChoice = ({ checked, onChange, disabled, format }: NextYearChoiceProps) => {
  const texts = format.messages.imports;
  const hintId = useId();
  return (
    <div class="choice">
      <label class="choice__option">
        <input
          type="checkbox"
          checked={checked}
          disabled={disabled}
          aria-describedby={hintId}
          onChange={(event) => onChange(event.currentTarget.checked)}
        />
        <span class="choice__text">{texts.nextYear}</span>
      </label>
      <p id={hintId} class="field__hint choice__hint">
        {texts.nextYearHint}
      </p>
    </div>
  );
};
