import * as z from 'zod/mini';
import { ValidationError } from '#domain/shared/errors';
import {
  classSizeLimit,
  defaultWhoMayWrite,
  type Grant,
  grants,
  grantsFor,
  type WhoMayWriteTable,
  type WriterProfile,
  wholeSchoolWriters,
} from './who-may-write';

/**
 * The school's settings of its messages, one item: who may write to whom (within the national rule), how large a
 * list may be before replies go to the sender only, and how long messages are kept after the school year ends.
 * The school's administrators always write to everyone: their row is not a setting.
 */
export interface MessagingSettings {
  whoMayWrite: WhoMayWriteTable;
  /** At most a class's size (35). */
  replyAllLimit: number;
  /** Days after the end of the school year (31 August) before a message is removed by TTL. */
  retentionDays: number;
}

export const maxRetentionDays = 365;

export const defaultMessagingSettings: MessagingSettings = {
  whoMayWrite: defaultWhoMayWrite,
  replyAllLimit: classSizeLimit,
  retentionDays: 30,
};

/** The rows a school sets: every writer profile but its administrators'. */
export const settableProfiles = [
  'student',
  'guardian',
  'teacher',
  'staff',
  'planner',
] as const satisfies readonly Exclude<WriterProfile, 'school-admin'>[];

const grantListSchema = z.array(z.enum(grants)).check(
  z.maxLength(grants.length, `must list at most ${grants.length} grants`),
  z.refine((list) => new Set(list).size === list.length, 'lists a grant twice'),
);

export const messagingSettingsSchema = z.strictObject({
  whoMayWrite: z.strictObject(
    Object.fromEntries(settableProfiles.map((profile) => [profile, grantListSchema])) as Record<
      (typeof settableProfiles)[number],
      typeof grantListSchema
    >,
  ),
  replyAllLimit: z
    .int('must be a whole number')
    .check(
      z.gte(2, 'must be at least 2'),
      z.lte(classSizeLimit, `must be at most ${classSizeLimit}, a class's size`),
    ),
  retentionDays: z
    .int('must be a whole number')
    .check(z.gte(0, 'must be 0 or more'), z.lte(maxRetentionDays, `must be at most ${maxRetentionDays}`)),
});
export type MessagingSettingsInput = z.infer<typeof messagingSettingsSchema>;

/**
 * The settings a school asks for, checked against the national rule: a grant to everyone (whole levels, the whole
 * school) only for the staff (`national_rule`), and each profile only the grants that mean something for it
 * (`grant_not_applicable`: a guardian teaches no class). Every problem is told at once.
 */
export const validMessagingSettings = (input: MessagingSettingsInput): MessagingSettings => {
  const problems: ValidationError[] = [];
  for (const profile of settableProfiles) {
    input.whoMayWrite[profile].forEach((grant: Grant, index) => {
      const field = `whoMayWrite.${profile}.${index}`;
      if (grant === 'everyone' && !wholeSchoolWriters.has(profile))
        problems.push(
          new ValidationError(
            field,
            'only the staff may write to everyone: whole levels and the whole school',
            'national_rule',
          ),
        );
      else if (!grantsFor[profile].includes(grant))
        problems.push(
          new ValidationError(field, `does not apply to the profile ${profile}`, 'grant_not_applicable'),
        );
    });
  }
  const [first, ...others] = problems;
  if (first) throw ValidationError.of([first, ...others]);
  return {
    whoMayWrite: { ...input.whoMayWrite, 'school-admin': defaultWhoMayWrite['school-admin'] },
    replyAllLimit: input.replyAllLimit,
    retentionDays: input.retentionDays,
  };
};

/** The settings as stored, read back leniently: what is missing or no longer valid takes its default. */
export const messagingSettingsOf = (stored: Record<string, unknown> | undefined): MessagingSettings => {
  if (!stored) return defaultMessagingSettings;
  const { 'school-admin': _admins, ...whoMayWrite } = (stored.whoMayWrite ?? {}) as Record<string, unknown>;
  const parsed = messagingSettingsSchema.safeParse({
    whoMayWrite,
    replyAllLimit: stored.replyAllLimit,
    retentionDays: stored.retentionDays,
  });
  if (!parsed.success) return defaultMessagingSettings;
  try {
    return validMessagingSettings(parsed.data);
  } catch {
    return defaultMessagingSettings;
  }
};

/**
 * When a message sent at `sentAt` expires (epoch seconds, for DynamoDB's TTL): `retentionDays` after the end of its
 * school year (31 August, UTC: a day more or less does not matter to a retention counted in days).
 */
export const messageExpiresAt = (sentAt: string, settings: Pick<MessagingSettings, 'retentionDays'>) => {
  const [year, month] = sentAt.slice(0, 7).split('-').map(Number) as [number, number];
  const endYear = month >= 8 ? year + 1 : year; // the school year starts in August (`schoolYearOf`)
  const yearEnd = Date.UTC(endYear, 8, 1); // 1 September 00:00 UTC: the end of 31 August
  return Math.floor(yearEnd / 1000) + settings.retentionDays * 86_400;
};

export interface MessagingSettingsStore {
  read(): Promise<MessagingSettings>;
  save(settings: MessagingSettings, by: string, at: string): Promise<void>;
}
