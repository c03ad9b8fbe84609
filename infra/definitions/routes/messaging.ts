import { attachmentSchema } from '#domain/messaging/attachments';
import {
  addMembersSchema,
  candidatesQuerySchema,
  miniSiteChoiceSchema,
  newPostSchema,
  newTopicSchema,
  newWorkGroupSchema,
} from '#domain/messaging/work-group';
import { apiModule, del, type FunctionNeeds, get, post, put, read, write } from './route';

/** Work groups keep their documents in the school's documents bucket, and announce them on the bus (outbox). */
const groupDocuments: FunctionNeeds = { table: 'readWrite', documents: 'readWrite' };
/** A group's public page is written to the site bucket by the mini-site composer. */
const groupSite: FunctionNeeds = { table: 'readWrite', site: 'readWrite' };
const workGroups = { service: 'work-groups' } as const;

// biome-ignore format: one line a route, the index of the module
export const messagingRoutes = apiModule('messaging', 'School life: messages, the liaison book, work groups and notifications', [
  // Messages: conversations, recipients, who may write to whom, safety.

  // The liaison book: notes to guardians, signed « Vu et signé ».

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
]);
