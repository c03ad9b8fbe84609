import { messagingSettingsSchema } from '#domain/messaging/messaging-settings';
import { checkAudiencesSchema } from '#domain/messaging/messaging-settings-use-cases';
import { muteInputSchema } from '#domain/messaging/mute-sender';
import { apiModule, del, get, post, put, read, write } from './route';

// biome-ignore format: one line a route, the index of the module
export const messagingRoutes = apiModule('messaging', 'School life: messages, the liaison book, work groups and notifications', [
  // Messages: conversations, recipients, who may write to whom, safety.
  // Messages — who may write to whom, and safety
  get('/api/messaging/audiences', 'messaging/list-audiences', { needs: read, summary: 'The lists the asker may write to, and the kinds of people they may name' }),
  post('/api/messaging/audiences/check', 'messaging/check-audiences', { needs: read, body: checkAudiencesSchema, summary: 'Whether the asker may write to each person or list, with the reason when not' }),
  get('/api/messaging/settings', 'messaging/get-messaging-settings', { needs: read, summary: 'Who may write to whom in the school, and how long messages are kept (school administrators)' }),
  put('/api/messaging/settings', 'messaging/update-messaging-settings', { needs: write, body: messagingSettingsSchema, summary: 'Sets who may write to whom (within the national rule) and the retention of messages' }),
  get('/api/messaging/muted', 'messaging/list-muted-people', { needs: read, summary: 'The people whose sending of messages is suspended (school administrators)' }),
  put('/api/messaging/muted/{personId}', 'messaging/mute-person', { needs: write, body: muteInputSchema, summary: 'Suspends a person’s sending of messages' }),
  del('/api/messaging/muted/{personId}', 'messaging/unmute-person', { needs: write, answers: [204], summary: 'Lets a muted person send messages again' }),

  // The liaison book: notes to guardians, signed « Vu et signé ».

  // Work groups: members, documents, discussion, mini-site.

  // Notifications: the feed, each person's choices, web push.
]);
