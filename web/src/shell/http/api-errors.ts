/** What the API says about a refusal: its code, the field at fault for invalid input, and any other detail. */
export interface ApiErrorDetails {
  code?: string;
  field?: string;
  /** The rest of the error body, such as the list of conflicts of a refused planning change. */
  details?: Record<string, unknown>;
}

/** The API refused or failed: its status, and its own message when it sent one (only below 500). */
export class ApiError extends Error {
  readonly code?: string;
  readonly field?: string;
  readonly details?: Record<string, unknown>;

  constructor(
    readonly status: number,
    message: string,
    { code, field, details }: ApiErrorDetails = {},
  ) {
    super(message);
    this.name = 'ApiError';
    if (code) this.code = code;
    if (field) this.field = field;
    if (details && Object.keys(details).length > 0) this.details = details;
  }
}

/** The request never got an answer: the network or the server is down. */
export class ApiUnreachableError extends Error {
  override name = 'ApiUnreachableError';
}
