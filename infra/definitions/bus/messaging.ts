import type { ModuleBus } from './bus-target';

/** Messages put chunks of their recipients on this queue; its consumer fills their inboxes. */
export const messageFanOutQueue = 'message-fan-out';

/** School life's bus targets: fan-out of messages and notes, and the notifications that follow the school's events. */
export const messagingBus: ModuleBus = {
  module: 'messaging',
  rules: [
    // Messages
    // The liaison book
    // Work groups
    // Notifications
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
    // Notifications
  ],
};
