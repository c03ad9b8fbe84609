import { GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expireLeaversMessages } from '#domain/messaging/expire-leavers';
import { toAuditItem } from '#functions/audit/adapters/audit-item';
import { dynamoLeavers } from '#functions/messaging/adapters/dynamo-leavers';
import { fromPersonItem, toPersonItem } from '#functions/people/adapters/person-item';
import { liaisonKeys, messageKeys, notificationKeys, personKeys } from '#infra/definitions/school-table';
import { demoDirectory } from '#infra/local/seed/people/demo-people';
import { type SchoolUnderTest, startSchoolUnderTest } from '../../support/school-under-test';

/**
 * A guardian who leaves the school loses their messaging data within three months (the ENT regulation): not only
 * their inbox copies, but their copies of liaison notes and their notifications; the other guardian keeps theirs.
 */
describe('the messaging data of a guardian who left', () => {
  let school: SchoolUnderTest;

  beforeAll(async () => {
    school = await startSchoolUnderTest({ kind: 'school' }, { signedInAs: 'vie-scolaire.demo' });
  });
  afterAll(() => school?.stop());

  const partition = async (pk: string) => {
    const { Items = [] } = await school.documents.send(
      new QueryCommand({
        TableName: school.tableName,
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': pk },
        ConsistentRead: true,
      }),
    );
    return Items;
  };
  const item = async (key: Record<string, string>) =>
    (
      await school.documents.send(
        new GetCommand({ TableName: school.tableName, Key: key, ConsistentRead: true }),
      )
    ).Item;

  it('sets their liaison copies, notifications and inbox copies to expire in three months, and nobody else’s', async () => {
    const directory = demoDirectory(school.school);
    const leaver = school.demoAccounts.find((account) => account.username === 'parent.demo')
      ?.personId as string;
    const childId = directory.guardianships.find(([g]) => g === leaver)?.[1] as string;
    const otherGuardian = directory.guardianships.find(([g, c]) => c === childId && g !== leaver)?.[0];
    const staff = school.request;

    const posted = await staff('POST', '/api/liaison-notes', {
      title: 'Réunion de rentrée',
      text: 'Jeudi à 18 h en salle polyvalente.',
      kind: 'reunion',
      to: { kind: 'pupil', personId: childId },
    });
    expect(posted.status).toBe(201);
    const sent = await staff('POST', '/api/messaging/conversations', {
      to: [{ kind: 'pupil-guardians', personId: childId }],
      subject: 'Bulletin du trimestre',
      text: 'Le bulletin est disponible.',
    });
    expect(sent.status).toBe(201);
    await school.eventsDelivered();
    expect(await item(liaisonKeys.copy(posted.body.id, leaver))).toBeDefined();
    // The note's and the message's notifications, before the guardian leaves.
    const notificationItems = async () =>
      (await partition(notificationKeys.person(leaver))).filter((one) =>
        String(one.SK).startsWith(notificationKeys.itemPrefix),
      );
    await expect
      .poll(async () => (await notificationItems()).map(({ kind }) => kind).sort())
      .toEqual(['liaison', 'message']);
    const notifications = await partition(notificationKeys.person(leaver));

    // Act: an import retires the guardian, and records it in the audit trail.
    const person = fromPersonItem((await item(personKeys.item(leaver))) as Record<string, unknown>);
    await school.documents.send(
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
                  entryId: `job-2.${leaver}`,
                  at: new Date().toISOString(),
                  actor: { kind: 'import-job', id: 'job-2' },
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
    const now = new Date();
    const ports = { ...dynamoLeavers(school.tableName), clock: { now: () => now } };
    expect(await expireLeaversMessages(ports)).toMatchObject({ leavers: 1 });

    const threeMonths = Math.floor(now.getTime() / 1000) + 90 * 86_400;
    expect((await item(liaisonKeys.copy(posted.body.id, leaver)))?.expiresAt).toBe(threeMonths);
    const expired = await partition(notificationKeys.person(leaver));
    expect(expired.length).toBe(notifications.length);
    for (const one of expired) expect(one.expiresAt).toBeLessThanOrEqual(threeMonths);
    const copies = await partition(messageKeys.inbox(leaver));
    expect(copies.map(({ messageId }) => messageId)).toContain(sent.body.id);
    for (const copy of copies) expect(copy.expiresAt).toBeLessThanOrEqual(threeMonths);

    // The other guardian of the pupil keeps theirs.
    if (otherGuardian) {
      expect(
        (await item(liaisonKeys.copy(posted.body.id, otherGuardian)))?.expiresAt ?? Infinity,
      ).toBeGreaterThan(threeMonths);
      for (const one of await partition(notificationKeys.person(otherGuardian)))
        expect(one.expiresAt ?? Infinity).toBeGreaterThan(threeMonths);
    }
  });
});
