import { describe, expect, it } from 'vitest';
import {
  defaultMessagingSettings,
  type MessagingSettingsInput,
  messageExpiresAt,
  messagingSettingsOf,
  messagingSettingsSchema,
  validMessagingSettings,
} from '#domain/messaging/messaging-settings';
import { ValidationError } from '#domain/shared/errors';

const { 'school-admin': _admins, ...defaultRows } = defaultMessagingSettings.whoMayWrite;
const defaults: MessagingSettingsInput = {
  whoMayWrite: {
    student: [...defaultRows.student],
    guardian: [...defaultRows.guardian],
    teacher: [...defaultRows.teacher],
    staff: [...defaultRows.staff],
    planner: [...defaultRows.planner],
  },
  replyAllLimit: 35,
  retentionDays: 30,
};

const problemsOf = (input: MessagingSettingsInput) => {
  try {
    validMessagingSettings(input);
    return [];
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return error.problems.map(({ field, code }) => `${field} ${code}`);
  }
};

describe('a school’s settings of who may write to whom', () => {
  it('takes the default table, and a narrower one', () => {
    expect(problemsOf(defaults)).toEqual([]);
    const narrowed = { ...defaults, whoMayWrite: { ...defaults.whoMayWrite, student: ['staff' as const] } };
    expect(validMessagingSettings(narrowed).whoMayWrite.student).toEqual(['staff']);
    expect(validMessagingSettings(narrowed).whoMayWrite['school-admin']).toEqual(['everyone']);
  });

  it('refuses every grant to everyone but the staff’s, by the national rule, each said at once', () => {
    const widened = {
      ...defaults,
      whoMayWrite: {
        ...defaults.whoMayWrite,
        teacher: ['everyone' as const],
        student: ['staff' as const, 'everyone' as const],
      },
    };
    expect(problemsOf(widened)).toEqual([
      'whoMayWrite.student.1 national_rule',
      'whoMayWrite.teacher.0 national_rule',
    ]);
  });

  it('refuses a grant that means nothing for a profile', () => {
    const odd = { ...defaults, whoMayWrite: { ...defaults.whoMayWrite, guardian: ['own-classes' as const] } };
    expect(problemsOf(odd)).toEqual(['whoMayWrite.guardian.0 grant_not_applicable']);
  });

  it('takes no row for the administrators, a reply-all limit above a class, nor a retention past a year', () => {
    const withAdmins = { ...defaults, whoMayWrite: { ...defaults.whoMayWrite, 'school-admin': [] } };
    expect(messagingSettingsSchema.safeParse(withAdmins).success).toBe(false);
    expect(messagingSettingsSchema.safeParse({ ...defaults, replyAllLimit: 36 }).success).toBe(false);
    expect(messagingSettingsSchema.safeParse({ ...defaults, retentionDays: 366 }).success).toBe(false);
    expect(messagingSettingsSchema.safeParse({ ...defaults, retentionDays: 1.5 }).success).toBe(false);
  });

  it('reads stored settings back, and the defaults from an item it cannot read', () => {
    const stored = { ...validMessagingSettings({ ...defaults, retentionDays: 90 }), PK: 'MSG-SETTINGS' };
    expect(messagingSettingsOf(stored).retentionDays).toBe(90);
    expect(messagingSettingsOf(undefined)).toEqual(defaultMessagingSettings);
    expect(messagingSettingsOf({ whoMayWrite: { teacher: ['everyone'] } })).toEqual(defaultMessagingSettings);
  });
});

describe('how long a message is kept', () => {
  it('keeps it to the end of its school year, then the school’s retention', () => {
    const endOfAugust2027 = Date.UTC(2027, 8, 1) / 1000;
    expect(messageExpiresAt('2026-12-07T08:00:00Z', { retentionDays: 30 })).toBe(
      endOfAugust2027 + 30 * 86_400,
    );
    expect(messageExpiresAt('2027-06-30T08:00:00Z', { retentionDays: 0 })).toBe(endOfAugust2027);
    // August belongs to the next school year, as `schoolYearOf` says.
    expect(messageExpiresAt('2027-08-20T08:00:00Z', { retentionDays: 0 })).toBe(Date.UTC(2028, 8, 1) / 1000);
  });
});
