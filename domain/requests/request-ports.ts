import type { ProjectStore } from '#domain/planning/planning-ports';
import type { Clock, IdGenerator } from '#domain/shared/ports';
import type { OutgoingEvent } from '#events/envelope';
import type { FormRequest, FormRequestState } from './form-request';
import type { FormStatus, RequestForm } from './request-form';

export interface RequestFormStore {
  get(formId: string): Promise<RequestForm | undefined>;
  /** The forms of these statuses, by title. */
  list(statuses: readonly FormStatus[]): Promise<RequestForm[]>;
  add(form: RequestForm): Promise<void>;
  /** Replaces a form that must still be at the version the caller read (`StaleVersionError` otherwise). */
  replace(form: RequestForm, expectedVersion: number): Promise<void>;
}

/** Whose requests a listing shows: one person's, one state's, one project's; newest first. */
export type RequestSelection = { submittedBy: string } | { state: FormRequestState } | { projectId: string };

export interface FormRequestStore {
  get(requestId: string): Promise<FormRequest | undefined>;
  /** Stores a new request and the events announcing it, together. */
  add(request: FormRequest, events: readonly OutgoingEvent[]): Promise<void>;
  /** Stores a change, if the request is still at the version the caller read, with its events. */
  replace(request: FormRequest, expectedVersion: number, events: readonly OutgoingEvent[]): Promise<void>;
  list(selection: RequestSelection): Promise<FormRequest[]>;
}

export interface RequestPorts {
  forms: RequestFormStore;
  requests: FormRequestStore;
  projects: Pick<ProjectStore, 'get'>;
  clock: Clock;
  newId: IdGenerator;
  school: { schoolId: string };
}
