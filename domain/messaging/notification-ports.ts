import type { Clock } from '#domain/shared/ports';
import type { Notification, NotificationPreferences, PushSubscription } from './notification';

/** A notification waiting to leave by mail and push: at once (`releaseAt` now) or when quiet hours end. */
export interface OutgoingNotification {
  notification: Notification;
  releaseAt: string;
}

/** Each person's feed, unread count, choices and devices, in the school's table. */
export interface NotificationStore {
  /**
   * Puts the notification in the person's feed, adds one to their unread count and queues what leaves by mail (an
   * outgoing entry or a digest entry), in one transaction, once per event and person: false when it was there.
   */
  add(notification: Notification, queued: { outgoing?: string; digest?: boolean }): Promise<boolean>;
  /** Newest first, `limit` at most; `before` is the cursor of the previous page. */
  feed(
    personId: string,
    page: { limit: number; before?: string },
  ): Promise<{ items: Notification[]; next?: string }>;
  /** The unread count and the last « tout marquer comme lu »: one read. */
  unread(personId: string): Promise<{ count: number; readUpTo?: string }>;
  markAllRead(personId: string, at: string): Promise<void>;
  /** Marks one read; the count goes down by one if it was unread (a conditional write: never below zero). */
  markRead(
    personId: string,
    which: Pick<Notification, 'notificationId' | 'occurredAt'>,
    at: string,
  ): Promise<'marked' | 'already-read' | 'unknown'>;
  preferencesOf(personIds: readonly string[]): Promise<Map<string, NotificationPreferences>>;
  savePreferences(personId: string, preferences: NotificationPreferences): Promise<void>;
}

/** Where what waits to be mailed is kept: released at its time, or gathered in the daily digest. */
export interface OutgoingQueue {
  /** Entries whose time has come (releaseAt ≤ now), oldest first, a page at a time. */
  due(now: string): Promise<OutgoingNotification[]>;
  sent(entry: OutgoingNotification): Promise<void>;
  /** Every notification waiting for a digest. */
  digestWaiting(): Promise<Notification[]>;
  digestSent(notifications: readonly Notification[]): Promise<void>;
}

export interface PushSubscriptions {
  of(personIds: readonly string[]): Promise<Map<string, PushSubscription[]>>;
  add(personId: string, subscription: PushSubscription): Promise<void>;
  remove(personId: string, endpoint: string): Promise<void>;
}

/** Who to write to: the person's name and address, from the directory; retired people are left out. */
export interface Recipients {
  contactsOf(personIds: readonly string[]): Promise<Map<string, { name: string; email?: string }>>;
}

/** Addresses SES said bounce or complain: never used again. */
export interface BouncedAddresses {
  bouncedAmong(emails: readonly string[]): Promise<Set<string>>;
  mark(email: string, reason: 'bounce' | 'complaint', at: string): Promise<void>;
}

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
}

export interface PushSender {
  /** `gone` when the browser's push service says the subscription is no more (404, 410). */
  send(subscription: PushSubscription, payload: string): Promise<'sent' | 'gone'>;
}

export interface NotificationPorts {
  store: NotificationStore;
  outgoing: OutgoingQueue;
  push: PushSubscriptions;
  recipients: Recipients;
  bounced: BouncedAddresses;
  mailer: Mailer;
  pushSender: PushSender;
  clock: Clock;
  school: { name: string; timeZone: string; portalUrl?: string };
}
