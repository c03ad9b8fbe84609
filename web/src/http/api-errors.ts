/** What the API says about a refusal: its code, and the field at fault for invalid input. */
export interface ApiErrorDetails {
  code?: string;
  field?: string;
}

/** The API refused or failed: its status, and its own message when it sent one (only below 500). */
export class ApiError extends Error {
  readonly code?: string;
  readonly field?: string;

  constructor(
    readonly status: number,
    message: string,
    { code, field }: ApiErrorDetails = {},
  ) {
    super(message);
    this.name = 'ApiError';
    if (code) this.code = code;
    if (field) this.field = field;
  }
}

/** The request never got an answer: the network or the server is down. */
export class ApiUnreachableError extends Error {
  override name = 'ApiUnreachableError';
}
