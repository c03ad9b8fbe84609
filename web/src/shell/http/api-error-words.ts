import type { ApiErrorModule } from '#domain/error-codes';
import type { Format } from '../i18n/format';
import type { Messages } from '../i18n/messages';
import { ApiError } from './api-errors';

/** One problem of an invalid input, as the API lists them in a 400's `errors`. */
export interface FieldProblem {
  field: string;
  code: string;
  limit?: number;
}

/**
 * The words of every code the API answers (`domain/error-codes.ts`): the shared ones and each module's, from its
 * `messages.ts` (`<module>Errors`). A module whose refusals have codes of their own adds its line.
 */
export const apiErrorWords = (messages: Messages): Record<string, string> => {
  const { apiErrors, fieldProblems } = messages;
  const byModule: Record<Exclude<ApiErrorModule, 'shared' | 'fields'>, Record<string, string>> = {
    audit: messages.auditErrors,
    booking: messages.bookingErrors,
    homework: messages.homeworkErrors,
    attendance: messages.attendanceErrors,
    identity: messages.identityErrors,
    imports: messages.importsErrors,
    loans: messages.loansErrors,
    messaging: messages.messagingErrors,
    people: messages.peopleErrors,
    planning: messages.planningErrors,
    requests: messages.requestsErrors,
    sales: messages.salesErrors,
    sharing: messages.sharingErrors,
    time: messages.timeErrors,
  };
  return Object.assign({}, fieldProblems, ...Object.values(byModule), apiErrors);
};

/** Every problem of a refused input (400 `invalid_input`), the first first; none for any other failure. */
export const fieldProblemsOf = (error: unknown): FieldProblem[] => {
  if (!(error instanceof ApiError) || error.status !== 400) return [];
  const listed = Array.isArray(error.details?.errors) ? (error.details.errors as unknown[]) : [];
  const problems = listed.flatMap((each): FieldProblem[] => {
    const { field, code, limit } = (each ?? {}) as Record<string, unknown>;
    if (typeof field !== 'string' || typeof code !== 'string') return [];
    return [{ field, code, ...(typeof limit === 'number' && { limit }) }];
  });
  // An API of before the list named its one field only.
  return problems.length > 0 || !error.field ? problems : [{ field: error.field, code: 'invalid' }];
};

/** A problem of one input in words, to show beside its field: « à remplir », « trop long : 300 au plus ». */
export const fieldProblemText = ({ code, limit }: FieldProblem, format: Format): string => {
  const words = apiErrorWords(format.messages);
  const template = Object.hasOwn(words, code)
    ? (words[code] as string)
    : format.messages.fieldProblems.invalid;
  if (limit !== undefined) return format.fill(template, { limit: format.number(limit) });
  // Without its bound, a problem that states one says what it is only: « trop long ».
  return template.replace(/\s*:\s*[^:]*\{limit\}.*$/, '');
};

const byStatus: Record<number, keyof Messages['apiErrors']> = {
  400: 'invalid_input',
  401: 'not_signed_in',
  403: 'forbidden',
  404: 'not_found',
  409: 'busy',
  412: 'stale_version',
  413: 'payload_too_large',
  429: 'too_many_attempts',
};

/**
 * A refusal of the API in the reader's words, from its code: never the API's own message, which is English for
 * developers. Invalid input names the field by its label when the page gives it (`labels`, by the field's path:
 * `{ capacity: 'Capacité' }`); without one, it says a value is not valid. An answer with no code known here is
 * said by its status.
 */
export const apiErrorText = (
  error: ApiError,
  format: Format,
  labels: Record<string, string> = {},
): string => {
  const words = apiErrorWords(format.messages);
  const { apiErrors } = format.messages;
  const [problem] = fieldProblemsOf(error);
  if (problem) {
    const label = Object.hasOwn(labels, problem.field) ? labels[problem.field] : undefined;
    const own =
      !Object.hasOwn(format.messages.fieldProblems, problem.code) && Object.hasOwn(words, problem.code);
    if (own) return words[problem.code] as string;
    if (label)
      return format.fill(apiErrors.fieldProblem, {
        field: label,
        problem: fieldProblemText(problem, format),
      });
    return apiErrors.invalid_input;
  }
  if (error.code && Object.hasOwn(words, error.code)) return words[error.code] as string;
  const known = byStatus[error.status];
  return known ? apiErrors[known] : format.httpError(error.status);
};
