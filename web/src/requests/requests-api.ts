import type { GetJson, SendJson } from '../shell/http/json-calls';
import { queryOf, segment } from '../shell/http/url-parts';
import type {
  FormRequest,
  FormRequestSummary,
  NewFormRequest,
  RequestForm,
  RequestFormDraft,
  RequestListQuery,
  StateChange,
} from './request-types';

/** The calls of the request pages: the school's forms, the requests sent with them, their states and comments. */
export const requestsApi = (getJson: GetJson, postJson: SendJson, putJson: SendJson) => ({
  /** The open forms; with `all`, for those who define them, the closed ones too. */
  requestForms: async (signal?: AbortSignal, { all = false } = {}): Promise<RequestForm[]> =>
    (await getJson<{ items: RequestForm[] }>(`/api/request-forms${all ? '?all=true' : ''}`, signal)).items,

  requestForm: (formId: string, signal?: AbortSignal) =>
    getJson<RequestForm>(`/api/request-forms/${segment(formId)}`, signal),

  createRequestForm: (draft: RequestFormDraft) => postJson<RequestForm>('/api/request-forms', draft),

  /** Refused with 412 when someone changed the form since `version`. */
  updateRequestForm: (formId: string, draft: RequestFormDraft & { version: number }) =>
    putJson<RequestForm>(`/api/request-forms/${segment(formId)}`, draft),

  formRequests: async (query: RequestListQuery, signal?: AbortSignal): Promise<FormRequestSummary[]> =>
    (await getJson<{ items: FormRequestSummary[] }>(`/api/form-requests?${queryOf({ ...query })}`, signal))
      .items,

  formRequest: (requestId: string, signal?: AbortSignal) =>
    getJson<FormRequest>(`/api/form-requests/${segment(requestId)}`, signal),

  submitFormRequest: (request: NewFormRequest) => postJson<FormRequest>('/api/form-requests', request),

  /** Refused with 412 when the request changed since `version`. */
  changeRequestState: (requestId: string, change: StateChange) =>
    postJson<FormRequest>(`/api/form-requests/${segment(requestId)}/state`, change),

  commentRequest: (requestId: string, text: string) =>
    postJson<FormRequest>(`/api/form-requests/${segment(requestId)}/comments`, { text }),
});
