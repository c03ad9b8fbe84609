import type { GetJson, SendJson } from '../shell/http/json-calls';
import { queryOf, segment } from '../shell/http/url-parts';
import type { NewMessageUpload, UploadForm } from './attachment-upload';
import type {
  Conversation,
  InboxPage,
  MessageAttachment,
  NewMessage,
  RecipientOption,
  SentMessage,
} from './message-types';

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

  reply: (conversationId: string, text: string, attachmentIds: string[] = []) =>
    postJson<SentMessage>(`/api/messaging/conversations/${segment(conversationId)}/messages`, {
      text,
      ...(attachmentIds.length > 0 && { attachmentIds }),
    }),

  /** Declares a file for one's next message: its id, and the signed form to upload it with. */
  declareMessageAttachment: (file: NewMessageUpload) =>
    postJson<{ attachment: MessageAttachment; upload: UploadForm }>('/api/messaging/attachments', file),

  /** A short download link to a file of a message one sent or received. */
  messageAttachmentUrl: async (messageId: string, attachmentId: string) =>
    (
      await getJson<{ url: string }>(
        `/api/messaging/messages/${segment(messageId)}/attachments/${segment(attachmentId)}`,
      )
    ).url,
});
