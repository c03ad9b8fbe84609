import type { Muting } from '#domain/messaging/admit-sender';
import type { MessagingSettings, MessagingSettingsInput } from '#domain/messaging/messaging-settings';
import type { ReportView } from '#domain/messaging/report-message';
import type { Grant, WriterProfile } from '#domain/messaging/who-may-write';
import type { GetJson, SendJson } from '../shell/http/json-calls';

export interface MessagingSettingsAnswer {
  settings: MessagingSettings;
  defaults: Readonly<Record<WriterProfile, readonly Grant[]>>;
  grantsFor: Readonly<Record<WriterProfile, readonly Grant[]>>;
}

/** The calls of the school administrators' pages of messages: the rules, the reports, withdrawals and mutes. */
export const messagingSafetyApi = (
  getJson: GetJson,
  postJson: SendJson,
  putJson: SendJson,
  post: <T>(path: string) => Promise<T>,
  deleteJson: <T>(path: string) => Promise<T>,
) => ({
  messagingSettings: (signal?: AbortSignal) =>
    getJson<MessagingSettingsAnswer>('/api/messaging/settings', signal),
  saveMessagingSettings: (settings: MessagingSettingsInput) =>
    putJson<MessagingSettingsAnswer>('/api/messaging/settings', settings),
  messageReports: (signal?: AbortSignal) =>
    getJson<{ reports: ReportView[] }>('/api/messaging/reports', signal),
  withdrawMessage: (messageId: string) =>
    post<{ messageId: string }>(`/api/messaging/messages/${encodeURIComponent(messageId)}/withdraw`),
  reportMessage: (messageId: string, reason: string) =>
    postJson<unknown>(`/api/messaging/messages/${encodeURIComponent(messageId)}/report`, { reason }),
  mutePerson: (personId: string, reason?: string) =>
    putJson<Muting>(`/api/messaging/muted/${encodeURIComponent(personId)}`, reason ? { reason } : {}),
  unmutePerson: (personId: string) =>
    deleteJson<unknown>(`/api/messaging/muted/${encodeURIComponent(personId)}`),
});
