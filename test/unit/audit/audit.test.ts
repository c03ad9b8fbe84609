import { describe, expect, it } from 'vitest';
import { auditCsv } from '#domain/audit/audit-csv';
import { entriesOfImport, entryOfPersonalDataChange, entryOfSignIn } from '#domain/audit/audit-entries';
import type { AuditEntry, StoredAuditEntry } from '#domain/audit/audit-entry';
import { auditQuerySchema, selectionOf } from '#domain/audit/audit-query';
import { auditSettingsSchema, expiryOf } from '#domain/audit/audit-settings';
import { followSignIn } from '#domain/audit/follow-sign-in';
import type { Person } from '#domain/people/person';
import { NotSignedInError } from '#domain/shared/errors';

const paris = 'Europe/Paris';

describe('the audit trail’s period and filters', () => {
  it('reads days midnight to midnight in the school’s zone, summer time or not', () => {
    expect(selectionOf({ from: '2026-07-01', to: '2026-07-01' }, '2026-12-06', paris)).toEqual({
      fromInstant: '2026-06-30T22:00:00Z',
      toInstant: '2026-07-01T22:00:00Z',
    });
    expect(selectionOf({ from: '2026-12-01', to: '2026-12-06' }, '2026-12-06', paris)).toMatchObject({
      fromInstant: '2026-11-30T23:00:00Z',
      toInstant: '2026-12-06T23:00:00Z',
    });
  });

  it('takes the year up to today when no period is given, and keeps the filters given', () => {
    expect(selectionOf({ action: 'feed.revoked', actor: 'p-1' }, '2026-12-06', paris)).toEqual({
      fromInstant: '2025-12-05T23:00:00Z',
      toInstant: '2026-12-06T23:00:00Z',
      action: 'feed.revoked',
      actorId: 'p-1',
    });
  });

  it('refuses a day that does not exist, a period backwards or longer than a year, and an unknown action', () => {
    const problem = (query: Record<string, string>) => {
      const parsed = auditQuerySchema.safeParse(query);
      return parsed.success ? undefined : parsed.error.issues[0]?.path.join('.');
    };
    expect(problem({ from: '2026-02-30' })).toBe('from');
    expect(problem({ from: '2026-05-02', to: '2026-05-01' })).toBe('to');
    expect(problem({ from: '2025-01-01', to: '2026-12-31' })).toBe('to');
    expect(problem({ action: 'person.deleted' })).toBe('action');
    expect(problem({ subject: 'DROP TABLE;' })).toBe('subject');
    expect(problem({ limit: '201' })).toBe('limit');
    expect(problem({ colour: 'blue' })).toBe('');
    expect(auditQuerySchema.parse({})).toEqual({ limit: 50 });
  });
});

describe('what an entry keeps', () => {
  it('names the fields a change touched, never their values', () => {
    const entry = entryOfPersonalDataChange({
      changeId: 'c-1',
      personId: 'p-child',
      at: '2026-12-06T10:00:00.000Z',
      by: { personId: 'p-admin', name: 'Anne Direction' },
      what: 'contact-updated',
      fields: [{ field: 'phone', before: '06 00 00 00 00', after: '07 11 11 11 11' }],
    });
    expect(entry).toEqual({
      entryId: 'c-1',
      at: '2026-12-06T10:00:00.000Z',
      actor: { kind: 'person', id: 'p-admin' },
      action: 'person.updated',
      subject: { kind: 'person', id: 'p-child' },
      details: { fields: ['phone'] },
    });
  });

  it('records each person an import creates, updates or retires under the job, with the same id on a rerun', () => {
    const person = (personId: string) => ({ personId }) as Person;
    const plan = {
      createPeople: [person('new')],
      updatePeople: [{ before: person('renamed'), after: person('renamed'), fields: ['lastName'] }],
      retirePeople: [{ before: person('gone'), after: person('gone'), fields: ['retired'] }],
    };
    const job = { jobId: 'job-1', source: 'siecle' };
    const entries = entriesOfImport(plan, job, '2026-12-06T10:00:00.000Z');
    expect(
      [...entries.values()].map(({ action, actor, subject, details }) => ({
        action,
        actor,
        subject: subject.id,
        details,
      })),
    ).toEqual([
      {
        action: 'person.created',
        actor: { kind: 'import-job', id: 'job-1' },
        subject: 'new',
        details: { source: 'siecle' },
      },
      {
        action: 'person.updated',
        actor: { kind: 'import-job', id: 'job-1' },
        subject: 'renamed',
        details: { source: 'siecle', fields: ['lastName'] },
      },
      {
        action: 'person.retired',
        actor: { kind: 'import-job', id: 'job-1' },
        subject: 'gone',
        details: { source: 'siecle' },
      },
    ]);
    const again = entriesOfImport(plan, job, '2026-12-06T10:00:00.000Z');
    expect(again.get('renamed')?.entryId).toBe(entries.get('renamed')?.entryId);
  });

  it('keeps the name typed at a failed sign-in only when it looks like a username', () => {
    const failed = (username: string) =>
      entryOfSignIn('failed', { username }, 'e', '2026-12-06T10:00:00.000Z');
    expect(failed('inconnu.demo').actor).toEqual({ kind: 'username', id: 'inconnu.demo' });
    expect(failed('MonMotDePasse!2026').actor).toEqual({ kind: 'username', id: '?' });
    const known = entryOfSignIn('failed', { personId: 'p-1', username: 'eleve.demo' }, 'e', 'x');
    expect(known.actor).toEqual({ kind: 'person', id: 'p-1' });
  });

  it('expires after the retention, counted from the entry’s instant', () => {
    expect(expiryOf('2026-12-06T10:00:00.000Z', 365)).toBe('2027-12-06T10:00:00.000Z');
    expect(auditSettingsSchema.safeParse({ retentionDays: 29 }).success).toBe(false);
    expect(auditSettingsSchema.safeParse({ retentionDays: 30.5 }).success).toBe(false);
    expect(auditSettingsSchema.safeParse({ retentionDays: 3650 }).success).toBe(true);
  });
});

describe('sign-ins followed', () => {
  const recorded: AuditEntry[] = [];
  const ports = {
    recorder: { record: async (entry: AuditEntry) => void recorded.push(entry) },
    personOfUsername: async (username: string) => (username === 'eleve.demo' ? 'p-student' : undefined),
    clock: { now: () => new Date('2026-12-06T10:00:00.000Z') },
    newId: () => `e-${recorded.length}`,
  };

  it('records a refusal, then gives the refusal back as it was', async () => {
    const refusal = new NotSignedInError('wrong', 'sign_in_failed');
    await expect(followSignIn('eleve.demo', () => Promise.reject(refusal), ports)).rejects.toBe(refusal);
    expect(recorded.at(-1)).toMatchObject({ action: 'session.sign-in-failed', subject: { id: 'p-student' } });
  });

  it('records a sign-in, and records nothing for a failure of the pool itself', async () => {
    expect(await followSignIn('eleve.demo', async () => 'session', ports)).toBe('session');
    expect(recorded.at(-1)).toMatchObject({ action: 'session.signed-in', actor: { id: 'p-student' } });
    const count = recorded.length;
    await expect(
      followSignIn('eleve.demo', () => Promise.reject(new Error('down')), ports),
    ).rejects.toThrow();
    expect(recorded).toHaveLength(count);
  });
});

describe('the CSV export', () => {
  it('opens in French Excel: BOM, semicolons, dates in the school’s zone, no formula', () => {
    const entry: StoredAuditEntry = {
      entryId: 'e-1',
      at: '2026-07-01T21:30:00.000Z',
      actor: { kind: 'username', id: '=cmd' },
      action: 'session.sign-in-failed',
      subject: { kind: 'username', id: '=cmd' },
      details: {},
      expiresAt: '2027-07-01T21:30:00.000Z',
    };
    const bytes = auditCsv([entry], paris);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, line] = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
    expect(header).toBe('Date;Action;Code;Auteur;Objet;Détails');
    expect(line).toBe(
      '01/07/2026 23:30:00;Connexion refusée;session.sign-in-failed;identifiant =cmd;identifiant =cmd;',
    );
  });
});

describe('a period with one end given', () => {
  it('still runs forwards, a year at most, counting from today', () => {
    expect(() => selectionOf({ from: '2027-01-01' }, '2026-12-06', paris)).toThrow(
      /from: must not be after to/,
    );
    expect(() => selectionOf({ from: '2024-01-01' }, '2026-12-06', paris)).toThrow(
      /from: must be at most 366/,
    );
    expect(auditQuerySchema.safeParse({ to: '0001-01-01' }).success).toBe(false);
  });
});

describe('a batch of activation codes', () => {
  it('records the usernames it gives as changes of the people, and nothing for those who had one', () => {
    const change = (fields: { field: string; after?: string }[]) =>
      entryOfPersonalDataChange({
        changeId: 'c',
        personId: 'p-child',
        at: '2026-12-06T10:00:00.000Z',
        by: { personId: 'p-admin', name: 'Anne Direction' },
        what: 'activation-code-issued',
        fields,
      });
    expect(change([{ field: 'username', after: 'ines.martin' }])).toMatchObject({
      action: 'person.updated',
      details: { fields: ['username'] },
    });
    expect(change([])).toBeUndefined();
  });
});
