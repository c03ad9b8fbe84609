import { ApiError, ApiUnreachableError } from './api-errors';

export type FetchFromServer = (path: string, init: RequestInit) => Promise<Response>;

export const acceptJson = { accept: 'application/json' };
export const sendJson = { accept: 'application/json', 'content-type': 'application/json' };

/** Sends a request; a network failure becomes an ApiUnreachableError, a cancelled request stays an AbortError. */
export const send = (fetchFromServer: FetchFromServer, path: string, init: RequestInit) =>
  received(() => fetchFromServer(path, init), init.signal);

/** The answer of a request sent already (by index.html, say), its network failure an ApiUnreachableError. */
export const received = async (response: () => Promise<Response>, signal?: AbortSignal | null) => {
  try {
    return await response();
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiUnreachableError(error instanceof Error ? error.message : String(error));
  }
};

/**
 * The body of a successful answer (undefined when it has none), or an ApiError with the API's own words. A 401
 * without a code is API Gateway's own (its JWT authorizer refused the token before any function, answering
 * `{"message":"Unauthorized"}`): it gets the code `unauthorized`, which the portal words as a session that expired.
 */
export const readJson = async <T>(response: Response): Promise<T> => {
  const body = await response.json().catch(() => undefined);
  if (!response.ok) {
    const { code, field, message, ...details } = body?.error ?? {};
    const given = typeof code === 'string' && code !== '' ? code : undefined;
    throw new ApiError(response.status, typeof message === 'string' ? message : '', {
      code: given ?? (response.status === 401 ? 'unauthorized' : undefined),
      field,
      details,
    });
  }
  return body as T;
};
