import { attachmentSchema } from '#domain/messaging/attachments';
import { liaisonListQuerySchema, newLiaisonNoteSchema } from '#domain/messaging/liaison-note';
import {
  inboxQuerySchema,
  newMessageSchema,
  recipientSearchSchema,
  replySchema,
} from '#domain/messaging/message';
import { messageUploadSchema } from '#domain/messaging/message-attachments';
import { messagingSettingsSchema } from '#domain/messaging/messaging-settings';
import { checkAudiencesSchema } from '#domain/messaging/messaging-settings-use-cases';
import { muteInputSchema } from '#domain/messaging/mute-sender';
import {
  feedQuerySchema,
  markReadSchema,
  preferencesInputSchema,
  pushSubscriptionSchema,
  pushUnsubscribeSchema,
} from '#domain/messaging/notification';
import { reportInputSchema } from '#domain/messaging/report-message';
import {
  addMembersSchema,
  candidatesQuerySchema,
  miniSiteChoiceSchema,
  newPostSchema,
  newTopicSchema,
  newWorkGroupSchema,
} from '#domain/messaging/work-group';
import { apiModule, del, type FunctionNeeds, get, post, put, read, write } from './route';

/**
 * A send writes one transaction (the fan-out starts from its `MessageSent` event: bus rule `fan-out-messages`), and
 * moves the writer's uploads under the message: the documents bucket too.
 */
const send = { table: 'readWrite', documents: 'readWrite' } as const;
/** A message's files: signed forms to upload them, short links to download them. */
const messageFiles: FunctionNeeds = { table: 'readWrite', documents: 'readWrite' };

/** Work groups keep their documents in the school's documents bucket, and announce them on the bus (outbox). */
const groupDocuments: FunctionNeeds = { table: 'readWrite', documents: 'readWrite' };
/** A group's public page is written to the site bucket by the mini-site composer. */
const groupSite: FunctionNeeds = { table: 'readWrite', site: 'readWrite' };
const workGroups = { service: 'work-groups' } as const;

/** The liaison book runs in a function of its own. */
const liaison = { service: 'liaison-book' } as const;

// biome-ignore format: one line a route, the index of the module
export const messagingRoutes = apiModule('messaging', 'School life: messages, the liaison book, work groups and notifications', [
  // Messages: conversations, recipients, who may write to whom, safety.
  get('/api/messaging/conversations', 'messaging/list-inbox', { needs: read, query: inboxQuerySchema, summary: "One's conversations, newest first, a page at a time; with q, those whose messages hold the words" }),
  post('/api/messaging/conversations', 'messaging/send-message', { needs: send, body: newMessageSchema, answers: [201], summary: 'Writes a new message to persons and lists one may write to; the inboxes fill through the fan-out queue' }),
  get('/api/messaging/conversations/{conversationId}', 'messaging/get-conversation', { needs: { table: 'readWrite' }, summary: 'A conversation one is in, its messages one sent or received, marked read' }),
  post('/api/messaging/conversations/{conversationId}/messages', 'messaging/reply-to-conversation', { needs: send, body: replySchema, answers: [201], summary: 'Answers in a conversation: to everyone in it, or to its sender when it went to a large list' }),
  post('/api/messaging/attachments', 'messaging/declare-message-attachment', { needs: messageFiles, body: messageUploadSchema, answers: [201], summary: 'Declares a file for one’s next message (`name`, `contentType`, `size`, 10 MB at most): a signed form to upload it' }),
  get('/api/messaging/messages/{messageId}/attachments/{attachmentId}', 'messaging/get-message-attachment', { needs: { table: 'read', documents: 'read' }, summary: 'A short download link to a file of a message, for its sender and recipients' }),
  get('/api/messaging/unread', 'messaging/count-unread-messages', { needs: read, summary: 'How many received messages one has not read' }),
  get('/api/messaging/recipients', 'messaging/list-message-recipients', { needs: read, query: recipientSearchSchema, summary: 'The lists one may write to, and the persons one may write to whose name holds q' }),
  // Messages — who may write to whom, and safety
  get('/api/messaging/audiences', 'messaging/list-audiences', { needs: read, summary: 'The lists the asker may write to, and the kinds of people they may name' }),
  post('/api/messaging/audiences/check', 'messaging/check-audiences', { needs: read, body: checkAudiencesSchema, summary: 'Whether the asker may write to each person or list, with the reason when not' }),
  get('/api/messaging/settings', 'messaging/get-messaging-settings', { needs: read, summary: 'Who may write to whom in the school, and how long messages are kept (school administrators)' }),
  put('/api/messaging/settings', 'messaging/update-messaging-settings', { needs: write, body: messagingSettingsSchema, summary: 'Sets who may write to whom (within the national rule) and the retention of messages' }),
  get('/api/messaging/muted', 'messaging/list-muted-people', { needs: read, summary: 'The people whose sending of messages is suspended (school administrators)' }),
  put('/api/messaging/muted/{personId}', 'messaging/mute-person', { needs: write, body: muteInputSchema, summary: 'Suspends a person’s sending of messages' }),
  del('/api/messaging/muted/{personId}', 'messaging/unmute-person', { needs: write, answers: [204], summary: 'Lets a muted person send messages again' }),
  post('/api/messaging/messages/{messageId}/report', 'messaging/report-message', { needs: { table: 'readWrite' }, body: reportInputSchema, answers: [201], summary: 'Reports a message one received to the school’s administrators, with a reason' }),
  get('/api/messaging/reports', 'messaging/list-message-reports', { needs: read, summary: 'The reports of messages, newest first, with their content (school administrators)' }),
  post('/api/messaging/messages/{messageId}/withdraw', 'messaging/withdraw-message', { needs: { table: 'readWrite' }, summary: 'Withdraws a message from every inbox (school administrators)' }),

  // The liaison book: notes to guardians, signed « Vu et signé ».
  post('/api/liaison-notes', 'messaging/post-liaison-note', { ...liaison, needs: write, body: newLiaisonNoteSchema, answers: [201], summary: 'Posts a note to the guardians of a pupil, a class (their teachers, the school) or a level (the school)' }),
  get('/api/liaison-notes', 'messaging/list-liaison-notes', { ...liaison, needs: read, query: liaisonListQuerySchema, summary: "A guardian's notes, unsigned first, a pupil's about them; or the notes one wrote" }),
  get('/api/liaison-notes/{noteId}', 'messaging/get-liaison-note', { ...liaison, needs: read, summary: 'A note: who signed and who has not for its author; its signature for a guardian' }),
  post('/api/liaison-notes/{noteId}/signature', 'messaging/sign-liaison-note', { ...liaison, needs: write, summary: '« Vu et signé »: a guardian signs a note they received, once' }),
  post('/api/liaison-notes/{noteId}/reminders', 'messaging/remind-liaison-note', { ...liaison, needs: write, answers: [201], summary: 'Its author reminds the guardians who have not signed, once a day at most' }),

  // Work groups: members, documents, discussion, mini-site.
  post('/api/work-groups', 'messaging/create-work-group', { ...workGroups, needs: write, body: newWorkGroupSchema, answers: [201], summary: 'Creates a work group (teachers, staff): its name, kind, first members and managers' }),
  get('/api/work-groups', 'messaging/list-work-groups', { ...workGroups, needs: read, summary: "The work groups one is a member of" }),
  get('/api/work-groups/candidates', 'messaging/find-group-candidates', { ...workGroups, needs: read, query: candidatesQuerySchema, summary: 'People one may add to a group whose name matches: adults, and one’s own pupils' }),
  get('/api/work-groups/{groupId}', 'messaging/get-work-group', { ...workGroups, needs: read, summary: 'A work group for its members: members one may see, documents, topics (newest activity first)' }),
  post('/api/work-groups/{groupId}/members', 'messaging/add-work-group-members', { ...workGroups, needs: write, body: addMembersSchema, summary: 'A manager adds members (at most 250 in a group)' }),
  del('/api/work-groups/{groupId}/members/{personId}', 'messaging/remove-work-group-member', { ...workGroups, needs: write, answers: [204], summary: 'A member leaves, or a manager removes someone' }),
  post('/api/work-groups/{groupId}/documents', 'messaging/add-group-document', { ...workGroups, needs: groupDocuments, body: attachmentSchema, answers: [201], summary: 'Declares a document (`name`, `contentType`, `size`): a signed form to upload it' }),
  post('/api/work-groups/{groupId}/documents/{documentId}/share', 'messaging/share-group-document', { ...workGroups, needs: groupDocuments, summary: 'Shares an uploaded document once checked against what was declared; tells the members' }),
  get('/api/work-groups/{groupId}/documents/{documentId}', 'messaging/get-group-document', { ...workGroups, needs: groupDocuments, summary: 'A short download link to a document of the group' }),
  del('/api/work-groups/{groupId}/documents/{documentId}', 'messaging/delete-group-document', { ...workGroups, needs: groupDocuments, answers: [204], summary: 'Its uploader or a manager removes a document, and its file' }),
  post('/api/work-groups/{groupId}/topics', 'messaging/start-group-topic', { ...workGroups, needs: write, body: newTopicSchema, answers: [201], summary: 'Opens a topic of the group’s discussion with its first post' }),
  get('/api/work-groups/{groupId}/topics/{topicId}', 'messaging/get-group-topic', { ...workGroups, needs: read, summary: 'A topic and its posts, oldest first' }),
  put('/api/work-groups/{groupId}/mini-site', 'messaging/allow-group-mini-site', { ...workGroups, needs: groupSite, body: miniSiteChoiceSchema, summary: 'A manager allows the group’s public page (mini-site), or takes it down' }),
  post('/api/work-groups/{groupId}/mini-site/publish', 'messaging/publish-group-mini-site', { ...workGroups, needs: groupSite, summary: 'A manager publishes the allowed public page: its unguessable address, no pupil named' }),
  post('/api/work-groups/{groupId}/topics/{topicId}/posts', 'messaging/add-group-post', { ...workGroups, needs: write, body: newPostSchema, answers: [201], summary: 'Writes in a topic: plain text, links shown as links' }),

  // Notifications: the feed, each person's choices, web push.
  get('/api/notifications', 'messaging/list-notifications', { service: 'notifications', needs: read, query: feedQuerySchema, summary: "One's notifications, newest first, with the unread count" }),
  get('/api/notifications/unread', 'messaging/count-notifications', { service: 'notifications', needs: read, summary: "The number of one's unread notifications (the bell)" }),
  post('/api/notifications/read-all', 'messaging/mark-notifications-read', { service: 'notifications', needs: write, summary: 'Marks every notification received so far as read' }),
  post('/api/notifications/read', 'messaging/mark-notification-read', { service: 'notifications', needs: write, body: markReadSchema, summary: 'Marks one notification as read' }),
  get('/api/notifications/preferences', 'messaging/get-notification-preferences', { service: 'notifications', needs: read, summary: "One's choice per kind of notification, and quiet hours" }),
  put('/api/notifications/preferences', 'messaging/set-notification-preferences', { service: 'notifications', needs: write, body: preferencesInputSchema, summary: 'Sets one\'s choice per kind (immediately, daily digest, nothing) and quiet hours' }),
  get('/api/notifications/push-key', 'messaging/get-push-key', { service: 'notifications', needs: { ...read, notify: 'push-key' }, summary: "The school's VAPID public key, to subscribe a browser to pushes" }),
  post('/api/notifications/push-subscriptions', 'messaging/subscribe-push', { service: 'notifications', needs: write, body: pushSubscriptionSchema, answers: [201], summary: 'This browser receives pushes of notifications' }),
  post('/api/notifications/push-subscriptions/remove', 'messaging/unsubscribe-push', { service: 'notifications', needs: write, body: pushUnsubscribeSchema, summary: 'This browser receives no more pushes' }),
]);
