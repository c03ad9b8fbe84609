import { fieldProblemsOf } from '../shell/http/api-error-words';
import { ApiError, ApiUnreachableError } from '../shell/http/api-errors';
import { failureReason } from '../shell/http/failure-reason';
import { retryAfterMinutes } from '../shell/http/retry-after';
import type { Format } from '../shell/i18n/format';
import { unmetRules } from './password-rules';

export interface PasswordResetForm {
  username: string;
  code: string;
  password: string;
  confirmation: string;
}

/** What is wrong with the form, and which field to look at. */
export interface PasswordResetProblem {
  field?: keyof PasswordResetForm;
  message: string;
}

/** The problem to fix before asking for a code, if any. */
export const checkCodeRequest = (username: string, format: Format): PasswordResetProblem | undefined =>
  username.trim() ? undefined : { field: 'username', message: format.messages.passwordReset.missingUsername };

/** The problem to fix before sending the new password, if any: no code, a password too weak or mistyped. */
export const checkPasswordResetForm = (
  { code, password, confirmation }: PasswordResetForm,
  format: Format,
): PasswordResetProblem | undefined => {
  const { passwordReset, activation } = format.messages;
  if (!code.trim()) return { field: 'code', message: passwordReset.missingCode };
  const unmet = unmetRules(password);
  if (unmet.length > 0) {
    const rules = unmet.map((rule) => activation.rules[rule]).join(', ');
    return { field: 'password', message: format.fill(activation.weakPassword, { rules }) };
  }
  if (password !== confirmation) return { field: 'confirmation', message: activation.mismatch };
  return undefined;
};

/** Why the API refused: by its code (`invalid_code`, `expired_code`, `weak_password`), or no answer at all. */
export const describePasswordResetError = (error: unknown, format: Format): PasswordResetProblem => {
  const { passwordReset, activation } = format.messages;
  if (error instanceof ApiUnreachableError) return { message: activation.unreachable };
  if (error instanceof ApiError && error.status === 429) {
    const minutes = retryAfterMinutes(error) ?? 15;
    return { message: format.fill(activation.tooManyAttempts, { minutes }) };
  }
  // A refused code or password is a problem of one input (400 `invalid_input`), named by its own code.
  const codes = new Set(fieldProblemsOf(error).map(({ code }) => code));
  if (codes.has('invalid_code')) return { field: 'code', message: passwordReset.invalidCode };
  if (codes.has('expired_code')) return { field: 'code', message: passwordReset.expiredCode };
  if (error instanceof ApiError && codes.has('weak_password')) {
    return { field: 'password', message: format.fill(activation.refusedPassword, { reason: error.message }) };
  }
  return { message: format.fill(passwordReset.failed, { reason: failureReason(error, format) }) };
};
