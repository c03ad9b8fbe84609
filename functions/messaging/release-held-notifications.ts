import { releaseHeld } from '#domain/messaging/notify-people';
import { scheduleHandler } from '#functions/lib/event-handler';
import { notificationPorts } from './adapters/notification-ports';

const ports = notificationPorts();

/** Each morning at 07:00, what quiet hours held is mailed and pushed (and anything a failure left queued). */
export const handler = scheduleHandler('release-held-notifications', async () => {
  await releaseHeld(ports);
});
