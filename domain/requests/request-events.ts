import type { IdGenerator } from '#domain/shared/ports';
import { newEvent, type OutgoingEvent } from '#events/envelope';
import { formRequestChanged, formRequestSubmitted } from '#events/requests/request-events';
import type { FormRequest } from './form-request';

type EventContext = { schoolId: string; newId: IdGenerator };

export const eventContext = (ports: { school: { schoolId: string }; newId: IdGenerator }): EventContext => ({
  schoolId: ports.school.schoolId,
  newId: ports.newId,
});

const dataOf = (request: FormRequest) => ({
  requestId: request.id,
  formId: request.formId,
  projectId: request.projectId,
  submitterId: request.submittedBy.personId,
  state: request.state,
  version: request.version,
});

export const submittedEvent = (request: FormRequest, context: EventContext): OutgoingEvent =>
  newEvent(formRequestSubmitted, dataOf(request), { ...context, occurredAt: request.updatedAt });

export const changedEvent = (
  request: FormRequest,
  change: 'state' | 'comment',
  byPersonId: string,
  context: EventContext,
): OutgoingEvent =>
  newEvent(
    formRequestChanged,
    { ...dataOf(request), change, byPersonId },
    { ...context, occurredAt: request.updatedAt },
  );
