import { liaisonListQuerySchema, newLiaisonNoteSchema } from '#domain/messaging/liaison-note';
import {
  feedQuerySchema,
  markReadSchema,
  preferencesInputSchema,
  pushSubscriptionSchema,
  pushUnsubscribeSchema,
} from '#domain/messaging/notification';
import { apiModule, get, post, put, read, write } from './route';

/** The liaison book runs in a function of its own. */
const liaison = { service: 'liaison-book' } as const;

// biome-ignore format: one line a route, the index of the module
export const messagingRoutes = apiModule('messaging', 'School life: messages, the liaison book, work groups and notifications', [
  // Messages: conversations, recipients, who may write to whom, safety.

  // The liaison book: notes to guardians, signed « Vu et signé ».
  post('/api/liaison-notes', 'messaging/post-liaison-note', { ...liaison, needs: write, body: newLiaisonNoteSchema, answers: [201], summary: 'Posts a note to the guardians of a pupil, a class (their teachers, the school) or a level (the school)' }),
  get('/api/liaison-notes', 'messaging/list-liaison-notes', { ...liaison, needs: read, query: liaisonListQuerySchema, summary: "A guardian's notes, unsigned first, a pupil's about them; or the notes one wrote" }),
  get('/api/liaison-notes/{noteId}', 'messaging/get-liaison-note', { ...liaison, needs: read, summary: 'A note: who signed and who has not for its author; its signature for a guardian' }),
  post('/api/liaison-notes/{noteId}/signature', 'messaging/sign-liaison-note', { ...liaison, needs: write, summary: '« Vu et signé »: a guardian signs a note they received, once' }),
  post('/api/liaison-notes/{noteId}/reminders', 'messaging/remind-liaison-note', { ...liaison, needs: write, answers: [201], summary: 'Its author reminds the guardians who have not signed, once a day at most' }),

  // Work groups: members, documents, discussion, mini-site.

  // Notifications: the feed, each person's choices, web push.
  get('/api/notifications', 'messaging/list-notifications', { service: 'notifications', needs: read, query: feedQuerySchema, summary: "One's notifications, newest first, with the unread count" }),
  get('/api/notifications/unread', 'messaging/count-notifications', { service: 'notifications', needs: read, summary: "The number of one's unread notifications (the bell)" }),
  post('/api/notifications/read-all', 'messaging/mark-notifications-read', { service: 'notifications', needs: write, summary: 'Marks every notification received so far as read' }),
  post('/api/notifications/read', 'messaging/mark-notification-read', { service: 'notifications', needs: write, body: markReadSchema, summary: 'Marks one notification as read' }),
  get('/api/notifications/preferences', 'messaging/get-notification-preferences', { service: 'notifications', needs: read, summary: "One's choice per kind of notification, and quiet hours" }),
  put('/api/notifications/preferences', 'messaging/set-notification-preferences', { service: 'notifications', needs: write, body: preferencesInputSchema, summary: 'Sets one\'s choice per kind (immediately, daily digest, nothing) and quiet hours' }),
  get('/api/notifications/push-key', 'messaging/get-push-key', { service: 'notifications', needs: { ...read, notify: 'push-key' }, summary: "The school's VAPID public key, to subscribe a browser to pushes" }),
  post('/api/notifications/push-subscriptions', 'messaging/subscribe-push', { service: 'notifications', needs: write, body: pushSubscriptionSchema, answers: [201], summary: 'This browser receives pushes of notifications' }),
  post('/api/notifications/push-subscriptions/remove', 'messaging/unsubscribe-push', { service: 'notifications', needs: write, body: pushUnsubscribeSchema, summary: 'This browser receives no more pushes' }),
]);
