import { liaisonNotePosted, liaisonSource } from '#events/messaging/liaison-events';
import type { ModuleBus } from './bus-target';

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
  ],
  schedules: [
    // Messages
    // Notifications
  ],
};
