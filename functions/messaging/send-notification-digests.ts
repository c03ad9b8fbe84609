import { sendDigests } from '#domain/messaging/send-digests';
import { scheduleHandler } from '#functions/lib/event-handler';
import { notificationPorts } from './adapters/notification-ports';

const ports = notificationPorts();

/** Each afternoon, the daily digest: one mail per person of what they chose to read once a day. */
export const handler = scheduleHandler('send-notification-digests', async () => {
  await sendDigests(ports);
});
