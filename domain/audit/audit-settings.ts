import * as z from 'zod/mini';
import type { AuditEntry } from './audit-entry';

/** The trail's settings, per school. A year by default: long enough for a school year's questions. */
export interface AuditSettings {
  retentionDays: number;
}

export const defaultAuditSettings: AuditSettings = { retentionDays: 365 };

export const auditSettingsSchema = z.strictObject({
  retentionDays: z
    .number('must be a whole number of days')
    .check(
      z.int('must be a whole number of days'),
      z.gte(30, 'must be at least 30 days'),
      z.lte(3650, 'must be at most 3650 days (ten years)'),
    ),
});

/** When DynamoDB's TTL removes an entry recorded at an instant, kept for a number of days. */
export const expiryOf = (at: string, retentionDays: number) =>
  new Date(Date.parse(at) + retentionDays * 86_400_000).toISOString();

export interface AuditSettingsStore {
  get(): Promise<AuditSettings>;
  /** Stores the settings with the entry that records their change, in one write. */
  put(settings: AuditSettings, change: AuditEntry): Promise<void>;
}
