/**
 * What the request-forms API answers: the domain's own types, so that page and API cannot drift. A form the
 * school defines, and the requests people send with it for a project, followed by the team in charge.
 */
import type { ProjectKind } from '#domain/planning/project';
import type { Answer } from '#domain/requests/check-answers';
import type {
  FormRequest,
  FormRequestSummary,
  PersonRef,
  RequestComment,
  FormRequestState as RequestState,
} from '#domain/requests/form-request';
import type { FieldKind, FormField, FormStatus, RequestForm } from '#domain/requests/request-form';

export { requestStates } from '#domain/requests/form-request';
export type {
  Answer,
  FieldKind,
  FormField,
  FormRequest,
  FormRequestSummary,
  FormStatus,
  PersonRef,
  RequestComment,
  RequestForm,
  RequestState,
};

/** The kinds of answer in the order the editor offers them (the domain's list comes with its schemas). */
export const fieldKinds = [
  'text',
  'long-text',
  'number',
  'date',
  'yes-no',
  'choice',
  'choices',
] as const satisfies readonly FieldKind[];

/** What a definer sends to create a form; a change also sends the version it read. */
export interface RequestFormDraft {
  title: string;
  description: string;
  projectKinds: ProjectKind[];
  fields: FormField[];
  status: FormStatus;
}

/** A list of requests asks for exactly one of these. */
export type RequestListQuery = { mine: true } | { state: RequestState } | { projectId: string };

export interface NewFormRequest {
  formId: string;
  projectId: string;
  answers: Record<string, Answer>;
}

export interface StateChange {
  state: RequestState;
  comment?: string;
  version: number;
}
