/** Domain errors. Only the HTTP error middleware knows which status each one becomes. */
export class ValidationError extends Error {
  constructor(
    readonly field: string,
    readonly reason: string,
    /** A stable code the portal words, when the reason is one it must tell apart (`invalid_code`, `password_rules`). */
    readonly code = 'invalid_input',
  ) {
    super(`${field}: ${reason}`);
    this.name = 'ValidationError';
  }
}

/** The request's body is larger than the API takes (413); `field` is `body`. */
export class PayloadTooLargeError extends Error {
  readonly field = 'body';
  constructor(readonly maxBytes: number) {
    super(`body: must be at most ${Math.round(maxBytes / 1024)} KB`);
    this.name = 'PayloadTooLargeError';
  }
}

export class NotFoundError extends Error {
  constructor(
    readonly resource: string,
    readonly id: string,
  ) {
    super(`No ${resource} with id ${id}`);
    this.name = 'NotFoundError';
  }
}

/** The caller changed a version it had read, and someone else changed it since. */
export class StaleVersionError extends Error {
  constructor(
    readonly resource: string,
    readonly id: string,
    readonly expectedVersion: number,
  ) {
    super(`The ${resource} ${id} changed since version ${expectedVersion}: read it again before changing it`);
    this.name = 'StaleVersionError';
  }
}

/**
 * The actor's rights do not cover the request. `hidesExistence` answers as if the resource did not exist, for
 * resources (a child, a class) whose mere existence is personal.
 */
export class AccessDeniedError extends Error {
  constructor(
    readonly actorId: string,
    readonly action: string,
    readonly resource: string,
    readonly hidesExistence: boolean,
  ) {
    super(`${action} on ${resource} is not among your rights`);
    this.name = 'AccessDeniedError';
  }
}

/** No valid session: the caller must sign in (again). */
export class NotSignedInError extends Error {
  constructor(
    readonly reason: string,
    readonly code: 'not_signed_in' | 'sign_in_failed' | 'session_ended' = 'not_signed_in',
  ) {
    super(reason);
    this.name = 'NotSignedInError';
  }
}

/** The request is understood but the resource is not in a state that allows it (409). */
export class ConflictError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** What the client needs to resolve it, sent with the error (the conflicting activities). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ConflictError';
  }
}

/** The request is understood, and the rules the school set refuse it, for a reason the person can read (403). */
export class RefusedError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RefusedError';
  }
}

/** Too many attempts (sign-in, activation) from one person or one address: try again after `retryAfterSeconds` (429). */
export class TooManyAttemptsError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many attempts: try again in ${Math.ceil(retryAfterSeconds / 60)} min`);
    this.name = 'TooManyAttemptsError';
  }
}
