import type { Answers } from './check-answers';
import type { FormField } from './request-form';

/** Where a request stands, as the team in charge moves it (FR: Envoyée, En cours, Traitée, Refusée). */
export const requestStates = ['submitted', 'in-progress', 'done', 'refused'] as const;
export type FormRequestState = (typeof requestStates)[number];

export interface PersonRef {
  personId: string;
  name: string;
}

export interface RequestComment {
  id: string;
  by: PersonRef;
  at: string;
  text: string;
}

/**
 * A form submitted for a project. It keeps the form's fields as they were when submitted, so that a later
 * revision of the form never changes what the answers meant.
 */
export interface FormRequest {
  id: string;
  formId: string;
  formTitle: string;
  fields: FormField[];
  projectId: string;
  projectName: string;
  submittedBy: PersonRef;
  answers: Answers;
  state: FormRequestState;
  comments: RequestComment[];
  history: { state: FormRequestState; by: PersonRef; at: string }[];
  submittedAt: string;
  updatedAt: string;
  version: number;
}

export type FormRequestSummary = Pick<
  FormRequest,
  | 'id'
  | 'formId'
  | 'formTitle'
  | 'projectId'
  | 'projectName'
  | 'submittedBy'
  | 'state'
  | 'submittedAt'
  | 'updatedAt'
> & { commentCount: number };

export const summaryOf = (request: FormRequest): FormRequestSummary => ({
  id: request.id,
  formId: request.formId,
  formTitle: request.formTitle,
  projectId: request.projectId,
  projectName: request.projectName,
  submittedBy: request.submittedBy,
  state: request.state,
  submittedAt: request.submittedAt,
  updatedAt: request.updatedAt,
  commentCount: request.comments.length,
});
