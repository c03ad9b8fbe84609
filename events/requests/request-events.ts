import * as z from 'zod/mini';
import { defineEvent } from '#events/envelope';

export const requestsSource = 'preau.requests';

/** A request by its ids and state: the answers stay in the school's table, for those who may read them. */
const requestSchema = z.strictObject({
  requestId: z.string(),
  formId: z.string(),
  projectId: z.string(),
  submitterId: z.string(),
  state: z.enum(['submitted', 'in-progress', 'done', 'refused']),
  version: z.int(),
});

export const formRequestSubmitted = defineEvent({
  source: requestsSource,
  detailType: 'FormRequestSubmitted',
  version: '1',
  description: 'Someone submitted a request form for a project; the team in charge is to follow it.',
  dataSchema: requestSchema,
});

export const formRequestChanged = defineEvent({
  source: requestsSource,
  detailType: 'FormRequestChanged',
  version: '1',
  description:
    'A request moved to another state, or someone commented on it; data says which, and who, for notifications.',
  dataSchema: z.strictObject({
    ...requestSchema.shape,
    change: z.enum(['state', 'comment']),
    byPersonId: z.string(),
  }),
});
