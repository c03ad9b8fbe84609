import type { Mailer, NotificationPorts } from '#domain/messaging/notification-ports';
import { requireEnv } from '#functions/lib/env';
import { schoolFromEnvironment } from '#functions/lib/school-environment';
import { directory } from '#functions/people/adapters/directory';
import { functionEnvironment } from '#infra/definitions/environment';
import { directoryRecipients } from './directory-recipients';
import {
  dynamoBouncedAddresses,
  dynamoNotificationStore,
  dynamoOutgoingQueue,
  dynamoPushSubscriptions,
} from './dynamo-notifications';
import { fromAddress, sesMailer } from './ses-mailer';
import { webPushSender } from './web-push-sender';

const tableName = requireEnv(functionEnvironment.tableName);
const school = schoolFromEnvironment();

/** The feed, choices and devices: what the routes of notifications need (the school's table only). */
export const notificationStore = dynamoNotificationStore(tableName);
export const pushSubscriptions = dynamoPushSubscriptions(tableName);
export const bouncedAddresses = dynamoBouncedAddresses(tableName);
export const clock = { now: () => new Date() };

/** Where no address is set for the school nor the authority, notifications reach the feed and devices only. */
const noMail: Mailer = { send: async () => undefined };

/** Everything notifying needs: the functions with `notify: 'send'` get the mail and push settings too. */
export const notificationPorts = (): NotificationPorts => {
  const mailFrom = process.env[functionEnvironment.mailFrom];
  return {
    store: notificationStore,
    outgoing: dynamoOutgoingQueue(tableName),
    push: pushSubscriptions,
    recipients: directoryRecipients(directory),
    bounced: bouncedAddresses,
    mailer: mailFrom
      ? sesMailer({
          from: fromAddress(school.name, mailFrom),
          configurationSet: process.env[functionEnvironment.mailConfigurationSet],
        })
      : noMail,
    pushSender: webPushSender(mailFrom ?? 'ne-pas-repondre@preau.invalid'),
    clock,
    school: {
      name: school.name,
      timeZone: school.timeZone,
      portalUrl: process.env[functionEnvironment.portalUrl],
    },
  };
};
