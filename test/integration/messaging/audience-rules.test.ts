import { GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admitSender, MutedError } from '#domain/messaging/admit-sender';
import type { Audience } from '#domain/messaging/audience';
import { expireLeaversMessages } from '#domain/messaging/expire-leavers';
import { TooManyAttemptsError } from '#domain/shared/errors';
import { toAuditItem } from '#functions/audit/adapters/audit-item';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { dynamoAudience } from '#functions/messaging/adapters/dynamo-audience';
import { dynamoLeavers } from '#functions/messaging/adapters/dynamo-leavers';
import { dynamoSenderGate } from '#functions/messaging/adapters/dynamo-sender-gate';
import { fromPersonItem, toPersonItem } from '#functions/people/adapters/person-item';
import { personKeys } from '#infra/definitions/school-table';
import { type DemoDirectory, demoDirectory } from '#infra/local/seed/people/demo-people';
import { outboxEvents } from '../../support/outbox-events';
import { type SchoolUnderTest, startSchoolUnderTest } from '../../support/school-under-test';

/**
 * Who may write to whom, on the demo collège as `npm start` seeds it (8 classes of 24 pupils, their families, 16
 * teachers, the staff): the audiences resolved from DynamoDB Local, the rule through the API, the school's
 * settings, the hourly limit raced, and a mute.
 */
describe('the audience of messages and who may write to whom', () => {
  let school: SchoolUnderTest;
  let demo: DemoDirectory;
  const sorted = (ids: Iterable<string>) => [...new Set(ids)].sort();

  const pupilsOf = (classIds: readonly string[]) =>
    demo.people
      .filter((person) => person.classId && classIds.includes(person.classId))
      .map((p) => p.personId);
  const guardiansOf = (pupilIds: readonly string[]) =>
    demo.guardianships.filter(([, child]) => pupilIds.includes(child)).map(([guardian]) => guardian);
  const accountOf = (username: string) =>
    demo.accounts.find((account) => account.username === username)?.personId as string;

  beforeAll(async () => {
    school = await startSchoolUnderTest({ kind: 'school' }, { signedInAs: 'direction.demo' });
    demo = demoDirectory(school.school);
  });
  afterAll(async () => school?.stop());

  it('resolves each list to the people the directory holds for it', async () => {
    const audience = dynamoAudience(school.tableName);
    const level6 = ['6ea', '6eb'];
    const expected: [Audience, string[]][] = [
      [{ kind: 'class', classId: '6ea' }, pupilsOf(['6ea'])],
      [{ kind: 'class-guardians', classId: '6ea' }, guardiansOf(pupilsOf(['6ea']))],
      [
        { kind: 'class-teachers', classId: '6ea' },
        demo.teaching.filter(([, c]) => c === '6ea').map(([t]) => t),
      ],
      [
        { kind: 'pupil-guardians', personId: accountOf('eleve.demo') },
        guardiansOf([accountOf('eleve.demo')]),
      ],
      [{ kind: 'level', level: '6e' }, pupilsOf(level6)],
      [{ kind: 'level-guardians', level: '6e' }, guardiansOf(pupilsOf(level6))],
      [
        { kind: 'staff' },
        demo.people
          .filter((p) => p.profiles.some((profile) => ['staff', 'planner', 'school-admin'].includes(profile)))
          .map((p) => p.personId),
      ],
      [
        { kind: 'school' },
        demo.people
          // The authority's administrators are not the school's; the sales desk has no messages (issue 18).
          .filter((p) => p.profiles.some((profile) => profile !== 'authority-admin' && profile !== 'sales'))
          .map((p) => p.personId),
      ],
      [{ kind: 'person', personId: accountOf('prof.demo') }, [accountOf('prof.demo')]],
      [{ kind: 'person', personId: 'nobody' }, []],
      [{ kind: 'group', groupId: 'no-such-group' }, []],
    ];
    for (const [each, people] of expected) {
      expect({ audience: each, members: sorted(await audience.membersOf(each)) }).toEqual({
        audience: each,
        members: sorted(people),
      });
    }
    expect((await audience.membersOf({ kind: 'class', classId: '6ea' })).length).toBe(24);
  });

  it('reads a level’s guardians from the guardianship index as it reads them pupil by pupil', async () => {
    const perPupil = dynamoAudience(school.tableName);
    const byIndex = dynamoAudience(school.tableName, undefined, { perPupilGuardiansLimit: 0 });
    for (const level of ['6e', '4e']) {
      const audience: Audience = { kind: 'level-guardians', level };
      expect(sorted(await byIndex.membersOf(audience))).toEqual(sorted(await perPupil.membersOf(audience)));
    }
  });

  it('tells a student, through the API, which lists are theirs and why the whole school is not', async () => {
    const asStudent = await school.as('eleve.demo');
    const student = demo.people.find((p) => p.personId === accountOf('eleve.demo'));
    const { status, body } = await asStudent('POST', '/api/messaging/audiences/check', {
      audiences: [
        { kind: 'school' },
        { kind: 'level', level: '6e' },
        { kind: 'class', classId: student?.classId },
        { kind: 'class', classId: '3eb' },
        { kind: 'class-guardians', classId: student?.classId },
        { kind: 'staff' },
      ],
    });
    expect(status).toBe(200);
    expect(
      body.decisions.map(({ allowed, reason }: { allowed: boolean; reason?: string }) => reason ?? allowed),
    ).toEqual([
      'staff_only_audience',
      'staff_only_audience',
      true,
      'recipient_not_related',
      'audience_not_allowed',
      true,
    ]);
    const options = await asStudent('GET', '/api/messaging/audiences');
    expect(options.status).toBe(200);
    expect(options.body.lists.map(({ audience }: { audience: Audience }) => audience)).toEqual([
      { kind: 'class', classId: student?.classId },
      { kind: 'class-teachers', classId: student?.classId },
      { kind: 'staff' },
    ]);
    expect(options.body.kinds).not.toContain('school');
  });

  it('offers the staff every class, level and the whole school', async () => {
    const { body } = await school.request('GET', '/api/messaging/audiences');
    const kinds = body.lists.map(({ audience }: { audience: Audience }) => audience.kind);
    expect(kinds.filter((kind: string) => kind === 'class')).toHaveLength(8);
    expect(kinds.filter((kind: string) => kind === 'level-guardians')).toHaveLength(4);
    expect(kinds).toContain('school');
    expect(
      body.lists.find(({ audience }: { audience: Audience }) => audience.kind === 'class').classLabel,
    ).toBe('3e A');
  });

  it('refuses settings past the national rule, and applies a narrowing at once', async () => {
    const { body: read } = await school.request('GET', '/api/messaging/settings');
    const defaults = { whoMayWrite: { ...read.settings.whoMayWrite }, replyAllLimit: 35, retentionDays: 30 };
    delete defaults.whoMayWrite['school-admin'];

    const widened = await school.request('PUT', '/api/messaging/settings', {
      ...defaults,
      whoMayWrite: { ...defaults.whoMayWrite, teacher: ['everyone'], guardian: ['own-classes'] },
    });
    expect(widened.status).toBe(400);
    expect(
      widened.body.error.errors.map(({ field, code }: { field: string; code: string }) => [field, code]),
    ).toEqual([
      ['whoMayWrite.guardian.0', 'grant_not_applicable'],
      ['whoMayWrite.teacher.0', 'national_rule'],
    ]);
    expect(
      (await school.request('PUT', '/api/messaging/settings', { ...defaults, replyAllLimit: 200 })).status,
    ).toBe(400);
    expect(
      (await school.request('GET', '/api/messaging/settings')).body.settings.whoMayWrite.teacher,
    ).toEqual(defaults.whoMayWrite.teacher);

    const asTeacher = await school.as('prof.demo');
    const taught = demo.teaching.find(([t]) => t === accountOf('prof.demo'))?.[1] as string;
    const check = async () =>
      (
        await asTeacher('POST', '/api/messaging/audiences/check', {
          audiences: [{ kind: 'class-guardians', classId: taught }],
        })
      ).body.decisions[0];
    expect(await check()).toMatchObject({ allowed: true });
    const narrowed = await school.request('PUT', '/api/messaging/settings', {
      ...defaults,
      whoMayWrite: { ...defaults.whoMayWrite, teacher: ['own-classes', 'colleagues', 'staff'] },
      retentionDays: 60,
    });
    expect(narrowed.status).toBe(200);
    expect(await check()).toMatchObject({ allowed: false, reason: 'narrowed_by_school' });
    expect((await school.request('PUT', '/api/messaging/settings', defaults)).status).toBe(200);
    expect(await check()).toMatchObject({ allowed: true });
  });

  it('lets 30 of 45 sends of one hour through when they come at once, and refuses the rest with the wait', async () => {
    const gate = dynamoSenderGate(school.tableName);
    const student = { personId: accountOf('eleve.demo'), profiles: ['student' as const] };
    const now = new Date('2026-12-07T08:40:00Z');
    const results = await Promise.allSettled(
      Array.from({ length: 45 }, () => admitSender(student, now, gate)),
    );
    expect(results.filter(({ status }) => status === 'fulfilled')).toHaveLength(30);
    const refused = results.flatMap((result) => (result.status === 'rejected' ? [result.reason] : []));
    expect(refused).toHaveLength(15);
    expect(
      refused.every((error) => error instanceof TooManyAttemptsError && error.retryAfterSeconds === 1200),
    ).toBe(true);
    const { Item } = await documentClient.send(
      new GetCommand({
        TableName: school.tableName,
        Key: { PK: `MSG-RATE#${student.personId}`, SK: '2026-12-07T08' },
      }),
    );
    expect(Item?.sent).toBe(30);
    // The next hour starts afresh.
    await expect(admitSender(student, new Date('2026-12-07T09:00:00Z'), gate)).resolves.toBeUndefined();
  });

  it('refuses a muted person’s sends until an administrator unmutes them', async () => {
    const gate = dynamoSenderGate(school.tableName);
    const teacherId = accountOf('prof.demo');
    const teacher = { personId: teacherId, profiles: ['teacher' as const] };
    const muted = await school.request('PUT', `/api/messaging/muted/${teacherId}`, {
      reason: 'Messages insultants',
    });
    expect(muted.status).toBe(200);
    await expect(admitSender(teacher, new Date(), gate)).rejects.toBeInstanceOf(MutedError);
    const list = await school.request('GET', '/api/messaging/muted');
    expect(list.body.muted).toEqual([
      expect.objectContaining({
        personId: teacherId,
        reason: 'Messages insultants',
        mutedBy: accountOf('direction.demo'),
      }),
    ]);
    expect(list.body.muted[0].lastName).toBeTruthy();
    expect((await school.request('PUT', '/api/messaging/muted/nobody', {})).status).toBe(404);
    expect((await school.request('DELETE', `/api/messaging/muted/${teacherId}`)).status).toBe(204);
    await expect(admitSender(teacher, new Date(), gate)).resolves.toBeUndefined();
  });

  it('takes a guardian’s report to the administrators, who withdraw the message from every inbox', async () => {
    const staff = await school.as('vie-scolaire.demo');
    const guardian = await school.as('parent.demo');
    const guardianId = accountOf('parent.demo');
    const childId = demo.guardianships.find(([g]) => g === guardianId)?.[1] as string;
    const sent = await staff('POST', '/api/messaging/conversations', {
      to: [{ kind: 'pupil-guardians', personId: childId }],
      subject: 'Sortie au musée',
      text: 'Un texte que le parent trouve déplacé.',
    });
    expect(sent.status).toBe(201);
    await school.eventsDelivered();
    const messageId = sent.body.id as string;

    const reported = await guardian('POST', `/api/messaging/messages/${messageId}/report`, {
      reason: 'Propos déplacés',
    });
    expect(reported.status).toBe(201);
    const again = await guardian('POST', `/api/messaging/messages/${messageId}/report`, { reason: 'Encore' });
    expect([again.status, again.body.error.code]).toEqual([409, 'already_reported']);
    const student = await school.as('eleve.demo');
    expect(
      (await student('POST', `/api/messaging/messages/${messageId}/report`, { reason: 'x' })).status,
    ).toBe(404);
    expect((await guardian('GET', '/api/messaging/reports')).status).toBe(403);

    const { body } = await school.request('GET', '/api/messaging/reports');
    expect(body.reports[0]).toMatchObject({
      messageId,
      reportedBy: guardianId,
      reason: 'Propos déplacés',
      message: {
        subject: 'Sortie au musée',
        text: 'Un texte que le parent trouve déplacé.',
        withdrawn: false,
      },
      senderMuted: false,
    });
    expect(body.reports[0].reporterName).toBeTruthy();

    expect((await guardian('POST', `/api/messaging/messages/${messageId}/withdraw`)).status).toBe(403);
    const withdrawn = await school.request('POST', `/api/messaging/messages/${messageId}/withdraw`);
    expect(withdrawn.status).toBe(200);
    expect((await school.request('POST', `/api/messaging/messages/${messageId}/withdraw`)).status).toBe(200);
    expect((await school.request('POST', '/api/messaging/messages/no-such-message/withdraw')).status).toBe(
      404,
    );

    const opened = await guardian('GET', `/api/messaging/conversations/${messageId}`);
    expect(opened.body.messages[0]).toMatchObject({ withdrawn: true, text: '' });
    const inbox = await guardian('GET', '/api/messaging/conversations');
    expect(
      inbox.body.items.find((item: { conversationId: string }) => item.conversationId === messageId),
    ).toMatchObject({
      withdrawn: true,
      excerpt: '',
    });
    expect((await school.request('GET', '/api/messaging/reports')).body.reports[0].message.withdrawn).toBe(
      true,
    );
    expect(await outboxEvents(school, 'MessageReported')).toEqual([
      { type: 'MessageReported', messageId, reportedBy: guardianId, reason: 'Propos déplacés' },
    ]);
    expect(await outboxEvents(school, 'MessageWithdrawn')).toEqual([{ type: 'MessageWithdrawn', messageId }]);
  });

  it('shuts a pupil who left out of messages at once, out of every list, and expires their copies in three months', async () => {
    const audience = dynamoAudience(school.tableName);
    const leaver = accountOf('eleve.demo');
    const classId = demo.people.find((p) => p.personId === leaver)?.classId as string;
    const asLeaver = await school.as('eleve.demo');
    const staff = await school.as('vie-scolaire.demo');
    const sent = await staff('POST', '/api/messaging/conversations', {
      to: [{ kind: 'person', personId: leaver }],
      subject: 'Certificat de scolarité',
      text: 'Votre certificat est prêt.',
    });
    expect(sent.status).toBe(201);
    await school.eventsDelivered();
    expect((await asLeaver('GET', '/api/messaging/conversations')).status).toBe(200);

    // Act: an import retires the pupil, and records it in the audit trail.
    const { Item } = await documentClient.send(
      new GetCommand({ TableName: school.tableName, Key: personKeys.item(leaver) }),
    );
    const person = fromPersonItem(Item as Record<string, unknown>);
    const retiredAt = new Date().toISOString();
    await documentClient.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: school.tableName,
              Item: toPersonItem({ ...person, status: 'retired', version: person.version + 1 }),
            },
          },
          {
            Put: {
              TableName: school.tableName,
              Item: toAuditItem(
                {
                  entryId: `job-1.${leaver}`,
                  at: retiredAt,
                  actor: { kind: 'import-job', id: 'job-1' },
                  action: 'person.retired',
                  subject: { kind: 'person', id: leaver },
                  details: { source: 'siecle' },
                },
                365,
              ),
            },
          },
        ],
      }),
    );

    const refused = await asLeaver('GET', '/api/messaging/conversations');
    expect([refused.status, refused.body.error.code]).toEqual([403, 'left_school']);
    expect((await asLeaver('GET', '/api/messaging/audiences')).body.error.code).toBe('left_school');
    expect(await audience.membersOf({ kind: 'class', classId })).not.toContain(leaver);
    expect(await audience.membersOf({ kind: 'person', personId: leaver })).toEqual([]);
    expect(await audience.membersOf({ kind: 'pupil-guardians', personId: leaver })).toEqual([]);
    expect(await audience.tiesOf(leaver)).toBeUndefined();

    const now = new Date();
    const ports = { ...dynamoLeavers(school.tableName), clock: { now: () => now } };
    expect(await expireLeaversMessages(ports)).toMatchObject({ leavers: 1 });
    const { Items = [] } = await documentClient.send(
      new QueryCommand({
        TableName: school.tableName,
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': `MSG-INBOX#${leaver}` },
      }),
    );
    expect(Items.length).toBeGreaterThan(0);
    const threeMonths = Math.floor(now.getTime() / 1000) + 90 * 86_400;
    expect(Items.map((item) => item.expiresAt)).toEqual(Items.map(() => threeMonths));
    // The next night finds nobody new.
    expect(await expireLeaversMessages(ports)).toEqual({ leavers: 0, items: 0 });
  });
});
