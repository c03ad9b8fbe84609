import {
  inboxQuerySchema,
  newMessageSchema,
  recipientSearchSchema,
  replySchema,
} from '#domain/messaging/message';
import { messagingSettingsSchema } from '#domain/messaging/messaging-settings';
import { checkAudiencesSchema } from '#domain/messaging/messaging-settings-use-cases';
import { muteInputSchema } from '#domain/messaging/mute-sender';
import { reportInputSchema } from '#domain/messaging/report-message';
import { messageFanOutQueue } from '../bus/messaging';
import { apiModule, del, get, post, put, read, write } from './route';

const send = { table: 'readWrite', queues: [messageFanOutQueue] } as const;

// biome-ignore format: one line a route, the index of the module
export const messagingRoutes = apiModule('messaging', 'School life: messages, the liaison book, work groups and notifications', [
  // Messages: conversations, recipients, who may write to whom, safety.
  get('/api/messaging/conversations', 'messaging/list-inbox', { needs: read, query: inboxQuerySchema, summary: "One's conversations, newest first, a page at a time; with q, those whose messages hold the words" }),
  post('/api/messaging/conversations', 'messaging/send-message', { needs: send, body: newMessageSchema, answers: [201], summary: 'Writes a new message to persons and lists one may write to; the inboxes fill through the fan-out queue' }),
  get('/api/messaging/conversations/{conversationId}', 'messaging/get-conversation', { needs: { table: 'readWrite' }, summary: 'A conversation one is in, its messages one sent or received, marked read' }),
  post('/api/messaging/conversations/{conversationId}/messages', 'messaging/reply-to-conversation', { needs: send, body: replySchema, answers: [201], summary: 'Answers in a conversation: to everyone in it, or to its sender when it went to a large list' }),
  get('/api/messaging/unread', 'messaging/count-unread-messages', { needs: read, summary: 'How many received messages one has not read' }),
  get('/api/messaging/recipients', 'messaging/list-message-recipients', { needs: read, query: recipientSearchSchema, summary: 'The lists one may write to, and the persons one may write to whose name holds q' }),
  // Messages — who may write to whom, and safety
  get('/api/messaging/audiences', 'messaging/list-audiences', { needs: read, summary: 'The lists the asker may write to, and the kinds of people they may name' }),
  post('/api/messaging/audiences/check', 'messaging/check-audiences', { needs: read, body: checkAudiencesSchema, summary: 'Whether the asker may write to each person or list, with the reason when not' }),
  get('/api/messaging/settings', 'messaging/get-messaging-settings', { needs: read, summary: 'Who may write to whom in the school, and how long messages are kept (school administrators)' }),
  put('/api/messaging/settings', 'messaging/update-messaging-settings', { needs: write, body: messagingSettingsSchema, summary: 'Sets who may write to whom (within the national rule) and the retention of messages' }),
  get('/api/messaging/muted', 'messaging/list-muted-people', { needs: read, summary: 'The people whose sending of messages is suspended (school administrators)' }),
  put('/api/messaging/muted/{personId}', 'messaging/mute-person', { needs: write, body: muteInputSchema, summary: 'Suspends a person’s sending of messages' }),
  del('/api/messaging/muted/{personId}', 'messaging/unmute-person', { needs: write, answers: [204], summary: 'Lets a muted person send messages again' }),
  post('/api/messaging/messages/{messageId}/report', 'messaging/report-message', { needs: { table: 'readWrite' }, body: reportInputSchema, answers: [201], summary: 'Reports a message one received to the school’s administrators, with a reason' }),
  get('/api/messaging/reports', 'messaging/list-message-reports', { needs: read, summary: 'The reports of messages, newest first, with their content (school administrators)' }),
  post('/api/messaging/messages/{messageId}/withdraw', 'messaging/withdraw-message', { needs: { table: 'readWrite' }, summary: 'Withdraws a message from every inbox (school administrators)' }),

  // The liaison book: notes to guardians, signed « Vu et signé ».

  // Work groups: members, documents, discussion, mini-site.

  // Notifications: the feed, each person's choices, web push.
]);
