import type { Pages } from '../pages';
import { ComposePage } from './compose-page';
import { ConversationPage } from './conversation-page';
import { GroupPage } from './group-page';
import { GroupsPage } from './groups-page';
import { InboxPage } from './inbox-page';
import { LiaisonNotePage } from './liaison-note-page';
import { LiaisonPage } from './liaison-page';
import { NewGroupPage } from './new-group-page';
import { NotificationPreferencesPage } from './notification-preferences-page';
import { NotificationsPage } from './notifications-page';
import { ReportsPage } from './reports-page';
import { MessagingRulesPage } from './rules-page';

/** The pages of the module, loaded on demand when one of them is first shown (web/src/signed-in-page.tsx). */
export const pages: Pages<
  | 'message-reports'
  | 'messaging-rules'
  | 'work-groups'
  | 'new-work-group'
  | 'work-group'
  | 'notifications'
  | 'notification-preferences'
  | 'liaison'
  | 'liaison-note'
  | 'messages'
  | 'conversation'
  | 'compose-message'
> = {
  'message-reports': ({ api, format, me }) => <ReportsPage api={api} format={format} me={me} />,
  'messaging-rules': ({ api, format, me }) => <MessagingRulesPage api={api} format={format} me={me} />,
  'work-groups': ({ api, format, me }) => <GroupsPage api={api} format={format} me={me} />,
  'new-work-group': ({ api, format }) => <NewGroupPage api={api} format={format} />,
  'work-group': ({ api, format, me, route }) => (
    <GroupPage key={route.groupId} api={api} format={format} me={me} groupId={route.groupId} />
  ),
  notifications: ({ api, format, me }) => <NotificationsPage api={api} format={format} me={me} />,
  'notification-preferences': ({ api, format, me }) => (
    <NotificationPreferencesPage api={api} format={format} me={me} />
  ),
  liaison: ({ api, format, me }) => <LiaisonPage api={api} format={format} me={me} />,
  'liaison-note': ({ api, format, me, route }) => (
    <LiaisonNotePage key={route.noteId} api={api} format={format} me={me} noteId={route.noteId} />
  ),
  messages: ({ api, format, me, route }) => (
    <InboxPage key={route.query} api={api} format={format} me={me} query={route.query} />
  ),
  conversation: ({ api, format, route }) => (
    <ConversationPage
      key={route.conversationId}
      api={api}
      format={format}
      conversationId={route.conversationId}
    />
  ),
  'compose-message': ({ api, format }) => <ComposePage api={api} format={format} />,
};
