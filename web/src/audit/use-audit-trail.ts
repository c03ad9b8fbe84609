import { useEffect, useState } from 'preact/hooks';
import type { StoredAuditEntry } from '#domain/audit/audit-entry';
import type { Api } from '../api';
import type { AuditFilters } from './audit-filters';

interface Loaded {
  entries: StoredAuditEntry[];
  nextCursor: string | null;
  names: Record<string, string>;
}

export type AuditTrailState =
  | ({ status: 'loading' } & Loaded)
  | ({ status: 'loaded' } & Loaded)
  | ({ status: 'failed'; error: unknown } & Loaded);

/**
 * The entries of the filters, newest first: the first page, then each older page appended on request. New
 * filters start again from the first page, cancelling a request still running.
 */
export const useAuditTrail = (api: Api, filters: AuditFilters) => {
  const [state, setState] = useState<AuditTrailState>({
    status: 'loading',
    entries: [],
    nextCursor: null,
    names: {},
  });
  const [request, setRequest] = useState({ filters, cursor: null as string | null, attempt: 0 });

  useEffect(() => {
    setRequest((previous) => ({ filters, cursor: null, attempt: previous.attempt + 1 }));
  }, [filters]);

  useEffect(() => {
    if (request.attempt === 0) return;
    const controller = new AbortController();
    const { cursor } = request;
    setState((previous) => ({
      status: 'loading',
      entries: cursor ? previous.entries : [],
      nextCursor: previous.nextCursor,
      names: cursor ? previous.names : {},
    }));
    api.auditPage(request.filters, cursor, controller.signal).then(
      (page) => {
        if (controller.signal.aborted) return;
        setState((previous) => ({
          status: 'loaded',
          entries: cursor ? [...previous.entries, ...page.items] : page.items,
          nextCursor: page.nextCursor,
          names: { ...previous.names, ...page.names },
        }));
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState((previous) => ({ ...previous, status: 'failed', error }));
      },
    );
    return () => controller.abort();
  }, [api, request]);

  return {
    state,
    more: () =>
      setRequest((previous) => ({ ...previous, cursor: state.nextCursor, attempt: previous.attempt + 1 })),
    retry: () => setRequest((previous) => ({ ...previous, attempt: previous.attempt + 1 })),
  };
};
