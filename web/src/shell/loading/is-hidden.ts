import { ApiError } from '../http/api-errors';

/**
 * The API's answer for what this person may not see (403) or what is not there (404): a thing one may not see is
 * « not found », as the API says, and a list it hides, or that this school's platform does not offer yet, is an
 * empty list.
 */
export const isHidden = (error: unknown) =>
  error instanceof ApiError && (error.status === 403 || error.status === 404);
