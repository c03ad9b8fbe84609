import type { Actor } from '#domain/identity/actor';
import type { Project } from '#domain/planning/project';
import { ValidationError } from '#domain/shared/errors';
import { checkAnswers } from './check-answers';
import type { FormRequest } from './form-request';
import { eventContext, submittedEvent } from './request-events';
import { servesKind } from './request-form';
import type { RequestPorts } from './request-ports';
import { personRefOf } from './request-team';

export interface Submission {
  formId: string;
  projectId: string;
  answers: Record<string, unknown>;
}

/**
 * Someone submits a form for a project they may submit for:
 * 1. the form must be open, and serve this kind of project;
 * 2. the answers must fit its fields;
 * 3. the request is stored with its event, waiting for the team in charge.
 */
export const submitRequest = async (
  submission: Submission,
  project: Project,
  actor: Actor,
  ports: RequestPorts,
) => {
  const form = await ports.forms.get(submission.formId);
  if (form?.status !== 'open')
    throw new ValidationError('formId', 'names no open form of this school', 'form_closed');
  if (!servesKind(form, project.kind))
    throw new ValidationError(
      'projectId',
      `is a project of a kind this form does not serve (${project.kind})`,
      'kind_not_served',
    );
  const answers = checkAnswers(form.fields, submission.answers);
  const now = ports.clock.now().toISOString();
  const submitter = personRefOf(actor);
  const request: FormRequest = {
    id: ports.newId(),
    formId: form.id,
    formTitle: form.title,
    fields: form.fields,
    projectId: project.id,
    projectName: project.name,
    submittedBy: submitter,
    answers,
    state: 'submitted',
    comments: [],
    history: [{ state: 'submitted', by: submitter, at: now }],
    submittedAt: now,
    updatedAt: now,
    version: 1,
  };
  await ports.requests.add(request, [submittedEvent(request, eventContext(ports))]);
  return request;
};
