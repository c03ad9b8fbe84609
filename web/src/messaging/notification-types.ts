import type { NotificationKind, NotificationSubject } from '#domain/messaging/notification';

/** One notification of the feed, as the API gives it. */
export interface FeedItem {
  notificationId: string;
  kind: NotificationKind;
  subject: NotificationSubject;
  params: Record<string, string>;
  link: string;
  occurredAt: string;
  unread: boolean;
}

export interface FeedPage {
  unread: number;
  items: FeedItem[];
  next?: string;
}
