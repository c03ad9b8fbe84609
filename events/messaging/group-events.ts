import * as z from 'zod/mini';
import { defineEvent } from '#events/envelope';

export const workGroupsSource = 'preau.messaging';

/** At most this many member ids travel in one event: a larger group publishes one event per chunk. */
export const maxRecipientsPerEvent = 100;

export const groupDocumentShared = defineEvent({
  source: workGroupsSource,
  detailType: 'GroupDocumentShared',
  version: '1',
  description:
    'A member shared a document in a work group: the other members to tell, at most 100 an event (one event per chunk).',
  dataSchema: z.strictObject({
    groupId: z.string(),
    groupName: z.string(),
    documentId: z.string(),
    name: z.string(),
    sharedBy: z.string(),
    memberIds: z.array(z.string()).check(z.maxLength(maxRecipientsPerEvent)),
  }),
});
