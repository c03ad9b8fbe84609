import * as z from 'zod/mini';

/**
 * What a person is notified of, by kind: each kind has its own choice (immediately, in the daily digest, or not by
 * e-mail and push at all). The in-portal feed always shows every notification.
 */
export const notificationKinds = [
  'message',
  'liaison',
  'course',
  'booking',
  'request',
  'document',
  'absence',
  'loan',
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

export const deliveryChoices = ['immediately', 'digest', 'none'] as const;
export type DeliveryChoice = (typeof deliveryChoices)[number];

/** What happened, by event: the portal and the mails word each one with its params. */
export const notificationSubjects = [
  'message-delivered',
  'liaison-posted',
  'liaison-reminded',
  'course-moved',
  'course-cancelled',
  'booking-approved',
  'booking-refused',
  'request-state',
  'request-comment',
  'document-shared',
  'absence-recorded',
  'late-recorded',
  'absence-cancelled',
  'justification-accepted',
  'justification-refused',
  'absences-flagged',
  'register-not-taken',
  'loan-overdue',
  'loan-decided',
] as const;
export type NotificationSubject = (typeof notificationSubjects)[number];

/** One notification of the feed: what happened (its subject and params), where to read more, when. */
export interface Notification {
  /** The event's id: a person is notified once per event. */
  notificationId: string;
  personId: string;
  kind: NotificationKind;
  subject: NotificationSubject;
  /** The words of the subject: a title, a sender's name, a date… never a child the reader may not read. */
  params: Readonly<Record<string, string>>;
  /** The portal's page to open, such as `/reservations`. */
  link: string;
  /** When the event happened: the feed's order. */
  occurredAt: string;
  /** When the notification reached the feed: later than every « tout marquer comme lu » that did not include it. */
  receivedAt: string;
  /** Said at once, even in quiet hours: a course of today or tomorrow moved or cancelled. */
  urgent: boolean;
  readAt?: string;
}

/** What an event notifies, before it is addressed to each recipient. */
export type NotificationDraft = Omit<Notification, 'personId' | 'receivedAt' | 'readAt'> & {
  recipientIds: readonly string[];
};

/** A person's choices: per kind, and whether quiet hours (20:00–07:00) and weekends hold mails and pushes. */
export interface NotificationPreferences {
  choices: Readonly<Record<NotificationKind, DeliveryChoice>>;
  quietHours: boolean;
  quietWeekends: boolean;
}

/** What a person who never chose gets: everything at once but the documents shared, in a digest; quiet evenings. */
export const defaultPreferences: NotificationPreferences = {
  choices: {
    message: 'immediately',
    liaison: 'immediately',
    course: 'immediately',
    booking: 'immediately',
    request: 'immediately',
    document: 'digest',
    absence: 'immediately',
    loan: 'immediately',
  },
  quietHours: true,
  quietWeekends: true,
};

/** Kinds added after the first portal: a choice a page of before does not send takes its default. */
const laterKinds = ['absence', 'loan'] as const satisfies readonly NotificationKind[];
const choiceSchema = z.enum(deliveryChoices);

export const preferencesInputSchema = z.strictObject({
  choices: z.strictObject({
    ...(Object.fromEntries(notificationKinds.map((kind) => [kind, choiceSchema])) as unknown as Record<
      Exclude<NotificationKind, (typeof laterKinds)[number]>,
      typeof choiceSchema
    >),
    absence: z._default(choiceSchema, defaultPreferences.choices.absence),
    loan: z._default(choiceSchema, defaultPreferences.choices.loan),
  }),
  quietHours: z.boolean(),
  quietWeekends: z.boolean(),
});

/** A browser's push subscription, as `PushManager.subscribe` gives it. */
export const pushSubscriptionSchema = z.strictObject({
  endpoint: z.url({ protocol: /^https$/ }).check(z.maxLength(1000)),
  expirationTime: z.optional(z.nullable(z.number())),
  keys: z.strictObject({
    p256dh: z.string().check(z.minLength(1), z.maxLength(200)),
    auth: z.string().check(z.minLength(1), z.maxLength(100)),
  }),
});
export type PushSubscription = z.infer<typeof pushSubscriptionSchema>;

export const pushUnsubscribeSchema = z.strictObject({ endpoint: pushSubscriptionSchema.shape.endpoint });

export const feedQuerySchema = z.strictObject({ before: z.optional(z.string().check(z.maxLength(200))) });

export const markReadSchema = z.strictObject({
  notificationId: z.string().check(z.minLength(1), z.maxLength(200)),
  occurredAt: z.iso.datetime({ offset: true }),
});
