import type { Place, PlaceKind } from '../../domain/places/place';

export interface School {
  id: string;
  name: string;
  kind: string;
  timeZone: string;
  locale: string;
}

export interface PlaceFilters {
  kind?: PlaceKind;
  site?: string;
}

interface PlacePage {
  items: Place[];
  nextCursor: string | null;
}

/** The API refused or failed: its status, and its own message when it sent one (only below 500). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The request never got an answer: the network or the server is down. */
export class ApiUnreachableError extends Error {
  override name = 'ApiUnreachableError';
}

/** A page of places big enough that a school rarely needs a second request. */
const pageSize = 500;

/** The API is on the same origin as the page; `fetch` is a parameter so that tests can stand in for the server. */
export const createApi = (fetchFromServer: typeof fetch = (input, init) => fetch(input, init)) => {
  const getJson = async <T>(path: string, signal?: AbortSignal): Promise<T> => {
    let response: Response;
    try {
      response = await fetchFromServer(path, { headers: { accept: 'application/json' }, signal });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new ApiUnreachableError(error instanceof Error ? error.message : String(error));
    }
    const body = await response.json().catch(() => undefined);
    if (!response.ok) throw new ApiError(response.status, body?.error?.message ?? '');
    return body as T;
  };

  return {
    health: (signal?: AbortSignal) =>
      getJson<{ status: string; school: School }>('/api/health', signal).then(({ school }) => school),

    /** Every active place matching the filters, by name: follows the cursor to the last page. */
    allPlaces: async (filters: PlaceFilters, signal?: AbortSignal): Promise<Place[]> => {
      const places: Place[] = [];
      let cursor: string | null = null;
      do {
        const query = new URLSearchParams({ status: 'active', limit: String(pageSize) });
        if (filters.kind) query.set('kind', filters.kind);
        if (filters.site) query.set('site', filters.site);
        if (cursor) query.set('cursor', cursor);
        const page: PlacePage = await getJson<PlacePage>(`/api/places?${query}`, signal);
        places.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      return places;
    },
  };
};

export type Api = ReturnType<typeof createApi>;
