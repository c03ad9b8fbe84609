import { fieldProblemsOf, fieldProblemText } from '../shell/http/api-error-words';
import { ApiError, ApiUnreachableError } from '../shell/http/api-errors';
import { failureReason } from '../shell/http/failure-reason';
import { retryAfterMinutes } from '../shell/http/retry-after';
import type { Format } from '../shell/i18n/format';
import { unmetRules } from './password-rules';

export interface ActivationForm {
  code: string;
  password: string;
  confirmation: string;
}

/** What is wrong with the form, and which field to look at. */
export interface ActivationProblem {
  field?: keyof ActivationForm;
  message: string;
  /** The other fields at fault, when several are: the message says each. */
  alsoOn?: (keyof ActivationForm)[];
}

/**
 * The problems to fix before sending the form, all at once, if any: an empty code, a password too weak, or
 * mistyped. The first field is the one to go to; the others are marked too.
 */
export const checkActivationForm = (
  { code, password, confirmation }: ActivationForm,
  format: Format,
): ActivationProblem | undefined => {
  const { activation } = format.messages;
  const unmet = unmetRules(password);
  const rules = unmet.map((rule) => activation.rules[rule]).join(', ');
  const found: { field: keyof ActivationForm; message: string }[] = [
    ...(code.trim() ? [] : [{ field: 'code' as const, message: activation.missingCode }]),
    ...(unmet.length > 0
      ? [{ field: 'password' as const, message: format.fill(activation.weakPassword, { rules }) }]
      : password !== confirmation
        ? [{ field: 'confirmation' as const, message: activation.mismatch }]
        : []),
  ];
  const [first, ...others] = found;
  if (!first) return undefined;
  const message = found.map((each) => each.message).join(' ');
  return others.length > 0 ? { ...first, message, alsoOn: others.map(({ field }) => field) } : first;
};

/** Why the API refused the activation: the code, the password (with its reason), or no answer at all. */
export const describeActivationError = (error: unknown, format: Format): ActivationProblem => {
  const { activation } = format.messages;
  if (error instanceof ApiUnreachableError) return { message: activation.unreachable };
  if (error instanceof ApiError && error.status === 429) {
    const minutes = retryAfterMinutes(error) ?? 15;
    return { message: format.fill(activation.tooManyAttempts, { minutes }) };
  }
  if (error instanceof ApiError && error.field === 'code')
    return { field: 'code', message: activation.invalidCode };
  if (error instanceof ApiError && error.field === 'password') {
    const [problem] = fieldProblemsOf(error);
    const reason = problem ? fieldProblemText(problem, format) : format.messages.fieldProblems.invalid;
    return { field: 'password', message: format.fill(activation.refusedPassword, { reason }) };
  }
  return { message: format.fill(activation.failed, { reason: failureReason(error, format) }) };
};
