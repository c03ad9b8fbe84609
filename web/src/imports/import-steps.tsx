import type { Format } from '../shell/i18n/format';
import { type ImportStep, importSteps } from './import-job';

/** Where the import is among its three steps: files, check, import. */
export const ImportSteps = ({ current, format }: { current: ImportStep; format: Format }) => {
  const { steps } = format.messages.imports;
  return (
    <ol class="steps" aria-label={steps.label}>
      {importSteps.map((step) => (
        <li key={step} class="steps__step" aria-current={step === current ? 'step' : undefined}>
          {steps[step]}
        </li>
      ))}
    </ol>
  );
};
