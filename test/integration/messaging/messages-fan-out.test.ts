import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { teachingItem } from '#functions/people/adapters/person-item';
import { messageKeys } from '#infra/definitions/school-table';
import { demoDirectory } from '#infra/local/seed/people/demo-people';
import { outboxEvents } from '../../support/outbox-events';
import { type SchoolUnderTest, startSchoolUnderTest } from '../../support/school-under-test';

type Request = SchoolUnderTest['request'];

/**
 * A teacher writes to the guardians of a class and of one pupil, through the real local parts: DynamoDB Local,
 * the local SQS queue and its consumer, the outbox and the bus. Every inbox holds a message once, a chunk received
 * again writes nothing twice, and nobody outside a conversation reads it.
 */
describe('messages, from the send to every inbox', () => {
  let school: SchoolUnderTest;
  let teacher: Request;
  let guardian: Request;
  let student: Request;
  let directory: ReturnType<typeof demoDirectory>;
  let teacherId: string;
  let guardianId: string;
  let childId: string;
  let taughtClassId: string;

  const accountOf = (username: string) =>
    school.demoAccounts.find((account) => account.username === username)?.personId as string;
  const guardiansOfClass = (classId: string) => {
    const students = new Set(directory.people.filter((p) => p.classId === classId).map((p) => p.personId));
    return [...new Set(directory.guardianships.filter(([, child]) => students.has(child)).map(([g]) => g))];
  };
  const inboxOf = async (personId: string) => {
    const { Items = [] } = await school.documents.send(
      new QueryCommand({
        TableName: school.tableName,
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': messageKeys.inbox(personId) },
        ConsistentRead: true,
      }),
    );
    return Items;
  };

  beforeAll(async () => {
    school = await startSchoolUnderTest({ kind: 'school' }, { signedInAs: 'prof.demo' });
    directory = demoDirectory(school.school);
    teacher = school.request;
    guardian = await school.as('parent.demo');
    student = await school.as('eleve.demo');
    teacherId = accountOf('prof.demo');
    guardianId = accountOf('parent.demo');
    childId = directory.guardianships.find(([g]) => g === guardianId)?.[1] as string;
    const childClass = directory.people.find((p) => p.personId === childId)?.classId as string;
    // Arrange: the demo teacher teaches the class of the demo guardian's first child.
    await school.documents.send(
      new PutCommand({ TableName: school.tableName, Item: teachingItem(teacherId, childClass) }),
    );
    taughtClassId = directory.teaching.find(([t, c]) => t === teacherId && c !== childClass)?.[1] as string;
  });
  afterAll(() => school?.stop());

  it('offers a teacher the lists of their classes, and never the whole school', async () => {
    const offered = await teacher('GET', '/api/messaging/recipients');
    expect(offered.status).toBe(200);
    const kinds = offered.body.items.map(({ audience }: { audience: { kind: string } }) => audience.kind);
    expect(kinds).toContain('class-guardians');
    expect(kinds).not.toContain('school');
    expect(offered.body.items).toContainEqual({
      audience: { kind: 'class-guardians', classId: taughtClassId },
      label: expect.stringContaining('Parents'),
    });
  });

  it("puts a message to a class's guardians in every guardian's inbox once, and announces each chunk", async () => {
    const guardians = guardiansOfClass(taughtClassId);
    const sent = await teacher('POST', '/api/messaging/conversations', {
      to: [{ kind: 'class-guardians', classId: taughtClassId }],
      subject: 'Sortie au musée jeudi',
      text: 'Bonjour, la classe visite le musée jeudi : https://example.fr/sortie. <b>Pas de HTML</b>',
    });
    expect(sent.status).toBe(201);
    // Accepted before its list is resolved: the fan-out starts from the stored event.
    expect(sent.body).toMatchObject({ recipientCount: null, repliesTo: 'all' });
    await school.eventsDelivered();

    for (const personId of guardians) {
      const copies = (await inboxOf(personId)).filter((item) => item.messageId === sent.body.id);
      expect(copies).toHaveLength(1);
      expect(copies[0]).toMatchObject({ box: 'received', expiresAt: expect.any(Number) });
      expect(copies[0]?.readAt).toBeUndefined();
    }
    const delivered = (await outboxEvents(school, 'MessageDelivered')).filter(
      (event) => event.messageId === sent.body.id,
    );
    expect(delivered.flatMap((event) => event.recipientIds).sort()).toEqual([...guardians].sort());
    const announced = (await outboxEvents(school, 'MessageSent')).filter((e) => e.messageId === sent.body.id);
    expect(announced).toEqual([expect.objectContaining({ senderId: teacherId })]);
  });

  it('keeps the list resolved by the fan-out with the message, and tells its sender how many it reached', async () => {
    const guardians = guardiansOfClass(taughtClassId);
    const sent = await teacher('POST', '/api/messaging/conversations', {
      to: [{ kind: 'class-guardians', classId: taughtClassId }],
      subject: 'Photo de classe',
      text: 'La photo de classe a lieu lundi.',
    });
    expect(sent.status).toBe(201);
    await school.eventsDelivered();
    const { Item } = await school.documents.send(
      new GetCommand({
        TableName: school.tableName,
        Key: messageKeys.message(sent.body.id),
        ConsistentRead: true,
      }),
    );
    expect(Item?.pending).toBeUndefined();
    expect([...(Item?.recipientIds ?? [])].sort()).toEqual([...guardians].sort());
    expect(Item?.audiences).toEqual([
      {
        audience: { kind: 'class-guardians', classId: taughtClassId },
        label: expect.stringContaining('Parents'),
      },
    ]);
    const forSender = await teacher('GET', `/api/messaging/conversations/${sent.body.id}`);
    expect(forSender.body.recipientCount).toBe(guardians.length);
  });

  it('delivers a message whose first queue send fails: the fan-out step is tried again from its event', async () => {
    const guardians = guardiansOfClass(taughtClassId);
    const { sqsClient } = await import('#functions/lib/clients/sqs');
    const queueSend = vi.spyOn(sqsClient, 'send').mockRejectedValueOnce(new Error('SQS unavailable'));
    try {
      const sent = await teacher('POST', '/api/messaging/conversations', {
        to: [{ kind: 'class-guardians', classId: taughtClassId }],
        subject: 'Cantine fermée vendredi',
        text: 'Prévoyez un pique-nique.',
      });
      expect(sent.status).toBe(201);
      await school.eventsDelivered();
      // The first send was refused, the step ran again from the event and queued every chunk.
      expect(queueSend.mock.calls.length).toBeGreaterThanOrEqual(2);
      for (const personId of guardians) {
        expect((await inboxOf(personId)).filter((item) => item.messageId === sent.body.id)).toHaveLength(1);
      }
      expect(school.deadLetters).toEqual([]);
    } finally {
      queueSend.mockRestore();
    }
  });

  it('receives a chunk again without writing a copy or an announcement twice, and keeps read states', async () => {
    const guardians = guardiansOfClass(taughtClassId);
    const sent = await teacher('POST', '/api/messaging/conversations', {
      to: [{ kind: 'class-guardians', classId: taughtClassId }],
      subject: 'Réunion parents-professeurs',
      text: 'Mardi à 18 h.',
    });
    await school.eventsDelivered();
    const [first] = guardians as [string];
    const [copy] = (await inboxOf(first)).filter((item) => item.messageId === sent.body.id);
    // The first guardian has read it: the copy now holds when.
    await school.documents.send(
      new PutCommand({ TableName: school.tableName, Item: { ...copy, readAt: '2026-12-07T08:00:00.000Z' } }),
    );
    const { handler } = await import('#functions/messaging/deliver-messages');
    const answer = await handler(
      {
        Records: [
          {
            messageId: 'again',
            receiptHandle: 'again',
            body: JSON.stringify({ messageId: sent.body.id, chunk: 0, recipientIds: guardians }),
            attributes: {} as never,
            messageAttributes: {},
            md5OfBody: '',
            eventSource: 'aws:sqs',
            eventSourceARN: 'arn:aws:sqs:eu-west-3:000000000000:fan-out',
            awsRegion: 'eu-west-3',
          },
        ],
      },
      {} as never,
    );
    expect(answer).toEqual({ batchItemFailures: [] });
    await school.eventsDelivered();
    for (const personId of guardians) {
      expect((await inboxOf(personId)).filter((item) => item.messageId === sent.body.id)).toHaveLength(1);
    }
    const [kept] = (await inboxOf(first)).filter((item) => item.messageId === sent.body.id);
    expect(kept?.readAt).toBe('2026-12-07T08:00:00.000Z');
    const delivered = (await outboxEvents(school, 'MessageDelivered')).filter(
      (event) => event.messageId === sent.body.id,
    );
    expect(delivered).toHaveLength(1);
  });

  it("lets a teacher write to a pupil's guardians, and the guardian read, search and answer", async () => {
    const sent = await teacher('POST', '/api/messaging/conversations', {
      to: [{ kind: 'pupil-guardians', personId: childId }],
      subject: 'Cahier oublié',
      text: 'Votre enfant a oublié son cahier de français.',
    });
    expect(sent.status).toBe(201);
    await school.eventsDelivered();
    expect((await guardian('GET', '/api/messaging/unread')).body.unread).toBeGreaterThanOrEqual(1);

    const inbox = await guardian('GET', '/api/messaging/conversations');
    expect(inbox.status).toBe(200);
    expect(inbox.body.items[0]).toMatchObject({
      conversationId: sent.body.id,
      subject: 'Cahier oublié',
      sender: { personId: teacherId },
      unread: true,
      box: 'received',
    });
    const found = await guardian('GET', '/api/messaging/conversations?q=CAHIER%20francais');
    expect(found.body.items.map(({ conversationId }: { conversationId: string }) => conversationId)).toEqual([
      sent.body.id,
    ]);
    expect((await guardian('GET', '/api/messaging/conversations?q=piscine')).body.items).toEqual([]);

    const opened = await guardian('GET', `/api/messaging/conversations/${sent.body.id}`);
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({ subject: 'Cahier oublié', replyReaches: 'everyone' });
    expect(opened.body.to).toBeUndefined();
    expect(opened.body.messages).toMatchObject([{ text: 'Votre enfant a oublié son cahier de français.' }]);
    const reopened = await guardian('GET', '/api/messaging/conversations');
    expect(reopened.body.items[0]).toMatchObject({ conversationId: sent.body.id, unread: false });

    const answered = await guardian('POST', `/api/messaging/conversations/${sent.body.id}/messages`, {
      text: 'Merci, il le rapporte demain.',
    });
    expect(answered.status).toBe(201);
    await school.eventsDelivered();
    const thread = await teacher('GET', `/api/messaging/conversations/${sent.body.id}`);
    expect(thread.body.messages.map(({ text }: { text: string }) => text)).toEqual([
      'Votre enfant a oublié son cahier de français.',
      'Merci, il le rapporte demain.',
    ]);
    expect(thread.body.to).toEqual([
      {
        audience: { kind: 'pupil-guardians', personId: childId },
        label: expect.stringMatching(/^Parents de /),
      },
    ]);
  });

  it('answers 404 to anyone outside a conversation, reading or answering', async () => {
    const sent = await teacher('POST', '/api/messaging/conversations', {
      to: [{ kind: 'pupil-guardians', personId: childId }],
      subject: 'Entre nous',
      text: 'Un mot pour les parents.',
    });
    await school.eventsDelivered();
    expect((await student('GET', `/api/messaging/conversations/${sent.body.id}`)).status).toBe(404);
    const intruding = await student('POST', `/api/messaging/conversations/${sent.body.id}/messages`, {
      text: 'Je lis aussi ?',
    });
    expect(intruding.status).toBe(404);
    expect((await student('GET', '/api/messaging/conversations')).body.items).toEqual([]);
  });

  it('refuses a student writing to the whole school, with a code, and stores nothing', async () => {
    const refused = await student('POST', '/api/messaging/conversations', {
      to: [{ kind: 'school' }],
      subject: 'À tous',
      text: 'Bonjour à tous !',
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('staff_only_audience');
    expect(await inboxOf(accountOf('eleve.demo'))).toEqual([]);
    const bad = await student('POST', '/api/messaging/conversations', { to: [], subject: '', text: 'x' });
    expect(bad.status).toBe(400);
  });
});
