import type { Format } from '../shell/i18n/format';
import { unmetRules } from './password-rules';

/** A space at either end is rare enough to be said only when it happens. */
const listedRules = ['length', 'upper', 'lower', 'digit', 'symbol'] as const;

interface PasswordRulesProps {
  id: string;
  password: string;
  format: Format;
}

/** The rules under the new password, each ticked as soon as it is met. */
export const PasswordRules = ({ id, password, format }: PasswordRulesProps) => {
  const { activation } = format.messages;
  const unmet = unmetRules(password);
  return (
    <div id={id} class="rules">
      <p class="rules__title">{activation.rulesTitle}</p>
      <ul>
        {listedRules.map((rule) => {
          const met = password !== '' && !unmet.includes(rule);
          return (
            <li key={rule} class={met ? 'rules__rule rules__rule--met' : 'rules__rule'}>
              {activation.rules[rule]}
              {met && <span class="visually-hidden"> {activation.ruleMet}</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
};
