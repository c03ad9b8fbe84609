import { formRevisionSchema, newFormSchema } from '#domain/requests/request-form';
import {
  commentSchema,
  formListQuerySchema,
  requestListQuerySchema,
  stateChangeSchema,
  submissionSchema,
} from '#domain/requests/request-input';
import { apiModule, get, post, put, read, write } from './route';

// biome-ignore format: one line a route, the index of the module
export const requestsRoutes = apiModule('requests', 'Request forms, and the requests submitted with them to the team in charge', [
  get('/api/request-forms', 'requests/list-request-forms', { needs: read, query: formListQuerySchema, summary: 'The open request forms; with the closed ones for those who define them' }),
  post('/api/request-forms', 'requests/create-request-form', { needs: write, body: newFormSchema, answers: [201], summary: 'Defines a request form: its questions, and the kinds of projects it serves' }),
  get('/api/request-forms/{formId}', 'requests/get-request-form', { needs: read, summary: 'A request form and its fields' }),
  put('/api/request-forms/{formId}', 'requests/update-request-form', { needs: write, body: formRevisionSchema, summary: 'Revises a request form, opens or closes it' }),
  post('/api/form-requests', 'requests/submit-form-request', { needs: write, body: submissionSchema, answers: [201], summary: 'Submits a request form for a project one takes part in' }),
  get('/api/form-requests', 'requests/list-form-requests', { needs: read, query: requestListQuerySchema, summary: "Form requests: one's own, or a state's or a project's for the team in charge" }),
  get('/api/form-requests/{requestId}', 'requests/get-form-request', { needs: read, summary: 'A form request, its answers, state, history and comments: its submitter and the team' }),
  post('/api/form-requests/{requestId}/state', 'requests/change-form-request-state', { needs: write, body: stateChangeSchema, summary: 'The team moves a form request to another state, with a comment (required to refuse)' }),
  post('/api/form-requests/{requestId}/comments', 'requests/comment-on-form-request', { needs: write, body: commentSchema, answers: [201], summary: 'Its submitter or the team comment on a form request' }),
]);
