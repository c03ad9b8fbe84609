import { describe, expect, it } from 'vitest';
import { entryOfJustification, entryOfRegister } from '#domain/audit/audit-entries';

describe('the audit entries of registers and justifications', () => {
  const register = {
    registerId: 'act-1#2026-12-07',
    session: { activityId: 'act-1', seriesDate: '2026-12-07' },
    takenBy: 'prof-1',
    takenAt: '2026-12-07T08:10:00.000Z',
    pupils: [{ mark: 'present' }, { mark: 'absent' }, { mark: 'late' }, { mark: 'absent' }],
  };

  it('says a register taken the first time and changed after, with counts and no pupil', () => {
    expect(entryOfRegister({ ...register, version: 1 })).toEqual({
      entryId: 'act-1#2026-12-07.v1',
      at: '2026-12-07T08:10:00.000Z',
      actor: { kind: 'person', id: 'prof-1' },
      action: 'register.taken',
      subject: { kind: 'register', id: 'act-1:2026-12-07' },
      details: { version: 1, absent: 2, late: 1 },
    });
    expect(entryOfRegister({ ...register, version: 3 })).toMatchObject({
      entryId: 'act-1#2026-12-07.v3',
      action: 'register.changed',
    });
  });

  const justification = {
    justificationId: '2026-12-07.j-1',
    pupilId: 'pupil-1',
    from: { date: '2026-12-07', half: 'am' },
    to: { date: '2026-12-08', half: 'pm' },
    reason: 'illness',
    note: 'Fièvre',
    documentId: 'doc-1',
    declaredBy: 'parent-1',
    declaredAt: '2026-12-07T07:00:00.000Z',
  };

  it('says a reason declared by its guardian, under the pupil, never the reason or the note', () => {
    const entry = entryOfJustification({ ...justification, state: 'pending' });
    expect(entry).toEqual({
      entryId: '2026-12-07.j-1.justification.declared',
      at: '2026-12-07T07:00:00.000Z',
      actor: { kind: 'person', id: 'parent-1' },
      action: 'justification.declared',
      subject: { kind: 'person', id: 'pupil-1' },
      details: { justification: '2026-12-07.j-1', span: '2026-12-07 am – 2026-12-08 pm', document: 'yes' },
    });
    expect(JSON.stringify(entry)).not.toMatch(/illness|Fièvre/);
  });

  it('says who decided and when', () => {
    const decided = {
      ...justification,
      decidedBy: 'cpe-1',
      decidedAt: '2026-12-07T09:00:00.000Z',
    };
    expect(entryOfJustification({ ...decided, state: 'refused' })).toMatchObject({
      entryId: '2026-12-07.j-1.justification.refused',
      at: '2026-12-07T09:00:00.000Z',
      actor: { kind: 'person', id: 'cpe-1' },
      action: 'justification.refused',
    });
    expect(entryOfJustification({ ...decided, state: 'accepted' }).action).toBe('justification.accepted');
  });
});
