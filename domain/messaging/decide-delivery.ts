import type { DeliveryChoice, Notification, NotificationPreferences } from './notification';
import { isQuiet, quietEndsAt } from './quiet-hours';

/**
 * How a notification leaves the portal for a person, besides their feed:
 * - `send` at once (e-mail, and push to their devices);
 * - `hold` until quiet hours end (`until`), then sent;
 * - `digest`: in the next daily digest mail;
 * - `none`: the feed only.
 */
export type Delivery = { way: 'send' } | { way: 'hold'; until: string } | { way: 'digest' } | { way: 'none' };

export const choiceFor = (preferences: NotificationPreferences, notification: Pick<Notification, 'kind'>) =>
  preferences.choices[notification.kind] satisfies DeliveryChoice;

export const decideDelivery = (
  notification: Pick<Notification, 'kind' | 'urgent'>,
  preferences: NotificationPreferences,
  now: Date,
  timeZone: string,
): Delivery => {
  const choice = choiceFor(preferences, notification);
  if (choice === 'none') return { way: 'none' };
  if (choice === 'digest') return { way: 'digest' };
  if (notification.urgent) return { way: 'send' };
  const until = quietEndsAt(now, timeZone, preferences);
  return until ? { way: 'hold', until } : { way: 'send' };
};

/** Whether a digest may be mailed to the person now (a digest is never urgent). */
export const digestMayGo = (preferences: NotificationPreferences, now: Date, timeZone: string) =>
  !isQuiet(now, timeZone, preferences);
