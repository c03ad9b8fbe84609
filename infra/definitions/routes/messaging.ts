import {
  feedQuerySchema,
  markReadSchema,
  preferencesInputSchema,
  pushSubscriptionSchema,
  pushUnsubscribeSchema,
} from '#domain/messaging/notification';
import { apiModule, get, post, put, read, write } from './route';

// biome-ignore format: one line a route, the index of the module
export const messagingRoutes = apiModule('messaging', 'School life: messages, the liaison book, work groups and notifications', [
  // Messages: conversations, recipients, who may write to whom, safety.

  // The liaison book: notes to guardians, signed « Vu et signé ».

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
