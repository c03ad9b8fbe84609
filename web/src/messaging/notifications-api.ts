import type { NotificationPreferences } from '#domain/messaging/notification';
import type { GetJson, SendJson } from '../shell/http/json-calls';
import type { FeedPage } from './notification-types';

/** The calls of the bell, the feed and the preferences: one's own notifications only. */
export const notificationsApi = (
  getJson: GetJson,
  postJson: SendJson,
  putJson: SendJson,
  post: <T>(path: string) => Promise<T>,
) => ({
  notifications: (before: string | undefined, signal?: AbortSignal) =>
    getJson<FeedPage>(`/api/notifications${before ? `?${new URLSearchParams({ before })}` : ''}`, signal),

  unreadNotifications: async (signal?: AbortSignal) =>
    (await getJson<{ unread: number }>('/api/notifications/unread', signal)).unread,

  markNotificationRead: (which: { notificationId: string; occurredAt: string }) =>
    postJson<{ unread: number }>('/api/notifications/read', which),

  markAllNotificationsRead: () => post<{ unread: number }>('/api/notifications/read-all'),

  notificationPreferences: (signal?: AbortSignal) =>
    getJson<NotificationPreferences>('/api/notifications/preferences', signal),

  setNotificationPreferences: (preferences: NotificationPreferences) =>
    putJson<NotificationPreferences>('/api/notifications/preferences', preferences),

  pushKey: async (signal?: AbortSignal) =>
    (await getJson<{ publicKey: string }>('/api/notifications/push-key', signal)).publicKey,

  subscribePush: (subscription: PushSubscriptionJSON) =>
    postJson<{ subscribed: true }>('/api/notifications/push-subscriptions', subscription),

  unsubscribePush: (endpoint: string) =>
    postJson<{ subscribed: false }>('/api/notifications/push-subscriptions/remove', { endpoint }),
});
