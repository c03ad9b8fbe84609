import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liaisonKeys } from '#infra/definitions/school-table';
import { type DemoDirectory, demoDirectory } from '#infra/local/seed/people/demo-people';
import { outboxEvents } from '../../support/outbox-events';
import { type SchoolUnderTest, startSchoolUnderTest } from '../../support/school-under-test';

type Request = SchoolUnderTest['request'];

/**
 * The liaison book through its handlers, against DynamoDB Local: a note to a class reaches each of its guardians
 * once, a guardian signs once however many taps arrive together, the author sees who has not signed and reminds
 * them once a day, and a guardian never sees a note about another family's child.
 */
describe('the liaison book', () => {
  let school: SchoolUnderTest;
  let directory: DemoDirectory;
  let staff: Request;
  let teacher: Request;
  let parent: Request;
  let student: Request;
  const idOf = (username: string) =>
    school.demoAccounts.find((account) => account.username === username)?.personId as string;
  const guardiansOfClass = (classId: string) => {
    const pupils = new Set(directory.people.filter((p) => p.classId === classId).map((p) => p.personId));
    return [
      ...new Set(directory.guardianships.filter(([, child]) => pupils.has(child)).map(([g]) => g)),
    ].sort();
  };
  const copiesOf = async (noteId: string) => {
    const { partitionKey, sortKeyPrefix } = liaisonKeys.copiesOf(noteId);
    const { Items = [] } = await school.documents.send(
      new QueryCommand({
        TableName: school.tableName,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
        ExpressionAttributeValues: { ':pk': partitionKey, ':prefix': sortKeyPrefix },
      }),
    );
    return Items;
  };
  const note = (to: Record<string, string>, title = 'Sortie au théâtre mardi') => ({
    title,
    text: 'Départ à 13 h 30 devant le collège. Programme : https://example.fr/theatre',
    kind: 'sortie',
    to,
  });

  beforeAll(async () => {
    school = await startSchoolUnderTest({ kind: 'school' }, { signedInAs: 'vie-scolaire.demo' });
    directory = demoDirectory(school.school);
    staff = school.request;
    teacher = await school.as('prof.demo');
    parent = await school.as('parent.demo');
    student = await school.as('eleve.demo');
  });
  afterAll(() => school?.stop());

  const parentsChild = () => {
    const childId = directory.guardianships.find(([g]) => g === idOf('parent.demo'))?.[1] as string;
    return directory.people.find((p) => p.personId === childId) as { personId: string; classId: string };
  };

  it('a teacher’s note to their class reaches each of its guardians once, announced in events of 100 at most', async () => {
    const taught = directory.teaching.find(([t]) => t === idOf('prof.demo'))?.[1] as string;
    const posted = await teacher('POST', '/api/liaison-notes', note({ kind: 'class', classId: taught }));
    expect(posted.status).toBe(201);
    const expected = guardiansOfClass(taught);
    expect(posted.body).toMatchObject({ guardianCount: expected.length, signedCount: 0, delivery: 'done' });
    const copies = await copiesOf(posted.body.id);
    expect(copies.map((copy) => copy.guardianId).sort()).toEqual(expected);
    const events = (await outboxEvents(school, 'LiaisonNotePosted')).filter(
      (e) => e.noteId === posted.body.id,
    );
    expect(events.every((event) => event.guardianIds.length <= 100)).toBe(true);
    expect(events.flatMap((event) => event.guardianIds).sort()).toEqual(expected);
    // The bus's fan-out ran too, and wrote nothing twice.
    expect(await copiesOf(posted.body.id)).toHaveLength(expected.length);
    expect(school.deadLetters).toEqual([]);
  });

  it('refuses a teacher a class they do not teach (404) and a level (403); a note to a level reaches all its guardians', async () => {
    const taught = new Set(directory.teaching.filter(([t]) => t === idOf('prof.demo')).map(([, c]) => c));
    const other = directory.classes.find((c) => !taught.has(c.classId))?.classId as string;
    expect(
      (await teacher('POST', '/api/liaison-notes', note({ kind: 'class', classId: other }))).status,
    ).toBe(404);
    expect((await teacher('POST', '/api/liaison-notes', note({ kind: 'level', level: '6e' }))).status).toBe(
      403,
    );
    // A class one may not write to does not exist for one, guardian or not.
    expect((await parent('POST', '/api/liaison-notes', note({ kind: 'class', classId: other }))).status).toBe(
      404,
    );
    const level = await staff(
      'POST',
      '/api/liaison-notes',
      note({ kind: 'level', level: '6e' }, 'Photos de classe'),
    );
    expect(level.status).toBe(201);
    const expected = [
      ...new Set(
        directory.classes.filter((c) => c.level === '6e').flatMap((c) => guardiansOfClass(c.classId)),
      ),
    ].sort();
    await school.eventsDelivered();
    expect((await copiesOf(level.body.id)).map((copy) => copy.guardianId).sort()).toEqual(expected);
    const bad = await staff('POST', '/api/liaison-notes', {
      ...note({ kind: 'level', level: '6e' }),
      kind: 'fête',
    });
    expect(bad.status).toBe(400);
  });

  it('a guardian signs once: of five taps at the same instant one signs, the others are told it is signed', async () => {
    const child = parentsChild();
    const posted = await staff(
      'POST',
      '/api/liaison-notes',
      note({ kind: 'class', classId: child.classId }, 'Réunion'),
    );
    const taps = await Promise.all(
      Array.from({ length: 5 }, () => parent('POST', `/api/liaison-notes/${posted.body.id}/signature`)),
    );
    expect(taps.map((tap) => tap.status).sort()).toEqual([200, 409, 409, 409, 409]);
    const signedAt = taps.find((tap) => tap.status === 200)?.body.signedAt;
    expect(taps.filter((tap) => tap.status === 409).map((tap) => tap.body.error.code)).toEqual(
      Array(4).fill('liaison_already_signed'),
    );
    const followed = await staff('GET', `/api/liaison-notes/${posted.body.id}`);
    expect(followed.body).toMatchObject({ view: 'author', signedCount: 1 });
    expect(followed.body.signed).toEqual([
      expect.objectContaining({ guardianId: idOf('parent.demo'), signedAt }),
    ]);
    expect(followed.body.unsigned).toHaveLength(guardiansOfClass(child.classId).length - 1);
    expect(followed.body.unsigned.every((line: { name: string }) => line.name.length > 0)).toBe(true);
    const mine = await parent('GET', '/api/liaison-notes');
    expect(mine.body.items.find((item: { noteId: string }) => item.noteId === posted.body.id)).toMatchObject({
      signedAt,
      signable: true,
    });
  });

  it('the author reminds those who have not signed once a day: of two reminders at once, one is sent', async () => {
    const child = parentsChild();
    const posted = await staff(
      'POST',
      '/api/liaison-notes',
      note({ kind: 'pupil', personId: child.personId }, 'Carnet'),
    );
    const both = await Promise.all([
      staff('POST', `/api/liaison-notes/${posted.body.id}/reminders`),
      staff('POST', `/api/liaison-notes/${posted.body.id}/reminders`),
    ]);
    expect(both.map((answer) => answer.status).sort()).toEqual([201, 409]);
    expect(both.find((answer) => answer.status === 409)?.body.error.code).toBe('liaison_reminded_today');
    const reminded = (await outboxEvents(school, 'LiaisonNoteReminded')).filter(
      (e) => e.noteId === posted.body.id,
    );
    expect(reminded).toHaveLength(1);
    expect(reminded[0]?.guardianIds).toContain(idOf('parent.demo'));
    // Nobody else reminds, or even sees, someone else's note.
    expect((await teacher('POST', `/api/liaison-notes/${posted.body.id}/reminders`)).status).toBe(404);
    expect((await parent('POST', `/api/liaison-notes/${posted.body.id}/reminders`)).status).toBe(404);
  });

  it('a guardian never sees a note about another family’s child: 404 to read or sign, absent from their list', async () => {
    const ownChildren = new Set(
      directory.guardianships.filter(([g]) => g === idOf('parent.demo')).map(([, c]) => c),
    );
    const ownClasses = new Set(
      directory.people.filter((p) => ownChildren.has(p.personId)).map((p) => p.classId),
    );
    // Neither the guardian's child nor the pupil who reads below (in some demo schools, not the guardian's child).
    const stranger = directory.people.find(
      (p) =>
        p.classId !== undefined &&
        !ownClasses.has(p.classId) &&
        p.profiles.includes('student') &&
        p.personId !== idOf('eleve.demo'),
    ) as { personId: string };
    const posted = await staff(
      'POST',
      '/api/liaison-notes',
      note({ kind: 'pupil', personId: stranger.personId }),
    );
    expect(posted.status).toBe(201);
    expect((await parent('GET', `/api/liaison-notes/${posted.body.id}`)).status).toBe(404);
    expect((await parent('POST', `/api/liaison-notes/${posted.body.id}/signature`)).status).toBe(404);
    const list = await parent('GET', '/api/liaison-notes');
    expect(list.body.items.map((item: { noteId: string }) => item.noteId)).not.toContain(posted.body.id);
    expect(list.body.items.some((item: { toLabel: string }) => item.toLabel.includes('Élève'))).toBe(false);
    // A pupil reads the notes about their class, and signs none.
    const eleve = directory.people.find((p) => p.personId === idOf('eleve.demo')) as { classId: string };
    const toClass = await staff(
      'POST',
      '/api/liaison-notes',
      note({ kind: 'class', classId: eleve.classId }, 'Piscine'),
    );
    const seen = await student('GET', '/api/liaison-notes');
    expect(seen.body.items.find((item: { noteId: string }) => item.noteId === toClass.body.id)).toMatchObject(
      {
        signable: false,
      },
    );
    expect((await student('POST', `/api/liaison-notes/${toClass.body.id}/signature`)).status).toBe(403);
    expect((await student('GET', `/api/liaison-notes/${posted.body.id}`)).status).toBe(404);
  });
});
