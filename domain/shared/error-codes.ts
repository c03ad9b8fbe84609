/**
 * The codes of the API's refusals that every module shares: the `code` of each 4xx answer the HTTP error
 * middleware writes, and the codes of the problems of an invalid input (400 `invalid_input`, each of its `errors`).
 * A module's own codes sit next to its errors (`domain/booking/booking-errors.ts`…); `domain/error-codes.ts`
 * composes them all, and the portal words each one (a test holds it).
 */
export const sharedErrorCodes = [
  'invalid_input',
  'payload_too_large',
  'not_signed_in',
  'sign_in_failed',
  'session_ended',
  /**
   * API Gateway's own 401, from its JWT authorizer (a token missing, expired, or not this school's), answered
   * before any function as `{"message":"Unauthorized"}`, which HTTP APIs cannot change: the portal's HTTP layer
   * gives that answer this code (`web/src/shell/http/exchange.ts`).
   */
  'unauthorized',
  'forbidden',
  'not_found',
  'busy',
  'stale_version',
  'too_many_attempts',
  /** The one 5xx code: it says nothing of its cause. */
  'internal_error',
] as const;

/** What is wrong with one input, in `errors[].code` of a 400. */
export const fieldProblemCodes = [
  /** Missing, or empty where a value is needed. */
  'required',
  /** A key the route does not take, or an answer to no field of the form. */
  'unknown_field',
  /** Of the wrong type: text for a number, a list for a text. */
  'wrong_type',
  /** Not one of the values offered (an enum, a form's options). */
  'not_an_option',
  /** Longer than `limit` characters, or more than `limit` items. */
  'too_long',
  /** Shorter than `limit` characters, or fewer than `limit` items. */
  'too_short',
  /** Above `limit`. */
  'too_large',
  /** Below `limit`. */
  'too_small',
  /** Names nothing of this school (an id of no person, class, place, form). */
  'unknown_id',
  /** A day or time already past. */
  'past',
  /** Any other malformed value: a date that does not exist, a bad escape, text that is not JSON. */
  'invalid',
] as const;

export type SharedErrorCode = (typeof sharedErrorCodes)[number];
export type FieldProblemCode = (typeof fieldProblemCodes)[number];
