import {
  inboxQuerySchema,
  newMessageSchema,
  recipientSearchSchema,
  replySchema,
} from '#domain/messaging/message';
import { messageFanOutQueue } from '../bus/messaging';
import { apiModule, get, post, read } from './route';

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

  // The liaison book: notes to guardians, signed « Vu et signé ».

  // Work groups: members, documents, discussion, mini-site.

  // Notifications: the feed, each person's choices, web push.
]);
