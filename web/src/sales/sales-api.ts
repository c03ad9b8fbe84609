import type { GetJson, SendJson } from '../shell/http/json-calls';
import { paymentsApi } from './payments-api';

/**
 * The calls of the sales module, each part in its section. `fetchSignedIn` downloads documents (PDF, XML, CSV).
 */
export const salesApi = (
  getJson: GetJson,
  postJson: SendJson,
  putJson: SendJson,
  deleteJson: <T>(path: string) => Promise<T>,
  fetchSignedIn?: (path: string, init?: RequestInit) => Promise<Response>,
) => {
  void [getJson, postJson, putJson, deleteJson, fetchSignedIn];
  return {
    // S1 clients, grids, quotes
    // S2 holds, client's link, documents
    // S3 invoices
    // S4 payments, journal
    ...paymentsApi(getJson, postJson, fetchSignedIn),
  };
};
