import type { ModuleBus } from './bus-target';

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
    // Notifications
  ],
};
