import type { ApiError } from './api-errors';

/** The whole minutes a refused attempt must wait, from the `retryAfterSeconds` the API sends with its 429. */
export const retryAfterMinutes = (error: ApiError) => {
  const seconds = Number(error.details?.retryAfterSeconds);
  return Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds / 60) : undefined;
};
