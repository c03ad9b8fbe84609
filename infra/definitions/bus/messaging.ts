import { attendanceSource, registerReminderDue } from '#events/attendance/attendance-events';
import { bookingRequestAnswered, bookingSource } from '#events/booking/booking-events';
import { groupDocumentShared } from '#events/messaging/group-events';
import { liaisonNotePosted, liaisonNoteReminded, liaisonSource } from '#events/messaging/liaison-events';
import { messageDelivered, messagingSource } from '#events/messaging/message-events';
import { activityCancelled, activityMoved, planningSource } from '#events/planning/planning-events';
import { formRequestChanged, requestsSource } from '#events/requests/request-events';
import type { ModuleBus } from './bus-target';

/** Messages put chunks of their recipients on this queue; its consumer fills their inboxes. */
export const messageFanOutQueue = 'message-fan-out';

/** School life's bus targets: fan-out of messages and notes, and the notifications that follow the school's events. */
export const messagingBus: ModuleBus = {
  module: 'messaging',
  rules: [
    // Messages
    // The liaison book
    {
      name: 'deliver-liaison-notes',
      description:
        "Writes the guardians' copies of a liaison note, 100 guardians an event: a level's fan-out",
      pattern: { source: [liaisonSource], 'detail-type': [liaisonNotePosted.detailType] },
      target: { handler: 'messaging/deliver-liaison-note', needs: { table: 'readWrite' } },
    },
    // Work groups
    // Notifications
    {
      name: 'notify-people',
      description: 'Tells the people an event concerns: in their feed, by mail and push as they chose',
      // Each of these types comes from one of these sources only.
      pattern: {
        source: [bookingSource, planningSource, requestsSource, messagingSource, attendanceSource],
        'detail-type': [
          bookingRequestAnswered,
          activityMoved,
          activityCancelled,
          formRequestChanged,
          messageDelivered,
          liaisonNotePosted,
          liaisonNoteReminded,
          groupDocumentShared,
          registerReminderDue,
        ].map((contract) => contract.detailType),
      },
      // A chunk of 100 recipients: ten rounds of transactions, then the mails of those to tell at once.
      target: {
        handler: 'messaging/notify-people',
        needs: { table: 'readWrite', notify: 'send' },
        timeoutSeconds: 120,
      },
    },
  ],
  schedules: [
    // Messages
    {
      name: 'expire-leavers-messages',
      description:
        'Each night, the messages of the people who left the school are set to expire in three months',
      atLocalTime: '02:30',
      target: {
        handler: 'messaging/expire-leavers-messages',
        needs: { table: 'readWrite' },
        timeoutSeconds: 300,
      },
    },
    // Notifications
    {
      name: 'release-held-notifications',
      description: 'At the end of quiet hours, mails and pushes what they held',
      atLocalTime: '07:00',
      target: {
        handler: 'messaging/release-held-notifications',
        needs: { table: 'readWrite', notify: 'send' },
        timeoutSeconds: 300,
      },
    },
    {
      name: 'send-notification-digests',
      description: 'The daily digest: one mail per person of what they chose to read once a day',
      atLocalTime: '17:00',
      target: {
        handler: 'messaging/send-notification-digests',
        needs: { table: 'readWrite', notify: 'send' },
        timeoutSeconds: 300,
      },
    },
  ],
  queues: [
    // Messages
    {
      name: messageFanOutQueue,
      description: 'Chunks of at most 100 recipients of a message, whose inboxes the consumer fills',
      consumer: { handler: 'messaging/deliver-messages', needs: { table: 'readWrite' }, timeoutSeconds: 30 },
      batchSize: 5,
      maxReceiveCount: 5,
    },
  ],
};
