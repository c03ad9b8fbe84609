import type { GetJson, SendJson } from '../shell/http/json-calls';
import { queryOf, segment } from '../shell/http/url-parts';
import type { Conversation, InboxPage, NewMessage, RecipientOption, SentMessage } from './message-types';

/** The calls of the messaging pages: one's inbox and its search, a conversation, recipients, sending. */
export const messagingApi = (getJson: GetJson, postJson: SendJson) => ({
  inbox: (query: { q?: string; after?: string }, signal?: AbortSignal) =>
    getJson<InboxPage>(`/api/messaging/conversations?${queryOf({ ...query })}`, signal),

  conversation: (conversationId: string, signal?: AbortSignal) =>
    getJson<Conversation>(`/api/messaging/conversations/${segment(conversationId)}`, signal),

  unreadMessages: async (signal?: AbortSignal) =>
    (await getJson<{ unread: number }>('/api/messaging/unread', signal)).unread,

  messageRecipients: async (q: string, signal?: AbortSignal) =>
    (await getJson<{ items: RecipientOption[] }>(`/api/messaging/recipients?${queryOf({ q })}`, signal))
      .items,

  sendMessage: (message: NewMessage) => postJson<SentMessage>('/api/messaging/conversations', message),

  reply: (conversationId: string, text: string) =>
    postJson<SentMessage>(`/api/messaging/conversations/${segment(conversationId)}/messages`, { text }),
});
