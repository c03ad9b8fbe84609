import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workGroupRoster } from '#functions/messaging/adapters/work-group-roster';
import { demoDirectory } from '#infra/local/seed/people/demo-people';
import { outboxEvents } from '../../support/outbox-events';
import { type SchoolUnderTest, startSchoolUnderTest } from '../../support/school-under-test';

type Request = SchoolUnderTest['request'];

/**
 * Work groups through the API, against DynamoDB Local and s3rver: who may create a group and add whom, members
 * only, documents uploaded by the signed form and checked before they are shared, the discussion, and the cap on
 * members held by the table whatever runs at once.
 */
const school = { id: `groups-${process.pid}`, kind: 'school' as const, displayName: 'Collège des groupes' };
const directory = demoDirectory(school);
const idOf = (username: string) =>
  directory.accounts.find((account) => account.username === username)?.personId as string;
const teacherId = idOf('prof.demo');
const taughtClasses = new Set(directory.teaching.filter(([t]) => t === teacherId).map(([, c]) => c));
const pupils = directory.people.filter((person) => person.profiles.includes('student'));
const pupilTaught = pupils.find((pupil) => pupil.classId && taughtClasses.has(pupil.classId))
  ?.personId as string;
const pupilElsewhere = pupils.find((pupil) => pupil.classId && !taughtClasses.has(pupil.classId))
  ?.personId as string;
const colleague = directory.people.find(
  (person) => person.profiles.includes('teacher') && person.personId !== teacherId,
)?.personId as string;

/** Uploads a file with the form the API signed, as the portal does. */
const upload = async (
  form: { url: string; fields: Record<string, string> },
  content: string,
  type: string,
) => {
  const body = new FormData();
  for (const [field, value] of Object.entries(form.fields)) body.append(field, value);
  body.append('file', new Blob([content], { type }), 'file');
  return fetch(form.url, { method: 'POST', body });
};

describe('work groups', () => {
  let running: SchoolUnderTest;
  let teacher: Request;
  let groupId: string;

  beforeAll(async () => {
    running = await startSchoolUnderTest(school, { signedInAs: 'prof.demo' });
    teacher = running.request;
    const created = await teacher('POST', '/api/work-groups', {
      name: 'Équipe de 6e',
      description: 'Préparer le conseil de classe',
      kind: 'teaching-team',
      memberIds: [pupilTaught, colleague, idOf('parent.demo')],
    });
    expect(created.status).toBe(201);
    groupId = created.body.group.id;
  }, 120_000);
  afterAll(() => running?.stop());

  it('is created by a teacher with a pupil they teach, never one they do not, and never by a pupil', async () => {
    const refused = await teacher('POST', '/api/work-groups', {
      name: 'Autre groupe',
      kind: 'project',
      memberIds: [pupilElsewhere],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.errors).toMatchObject([{ field: 'personIds', code: 'unknown_id' }]);
    expect(JSON.stringify(refused.body)).not.toMatch(/firstName|lastName/);

    const student = await running.as('eleve.demo');
    expect((await student('POST', '/api/work-groups', { name: 'Club', kind: 'other' })).status).toBe(403);

    const group = await teacher('GET', `/api/work-groups/${groupId}`);
    expect(group.body.role).toBe('manager');
    // The audience of messages reads the same members (a message to the group).
    const roster = workGroupRoster(running.tableName);
    expect((await roster.membersOf(groupId)).sort()).toEqual(
      [teacherId, pupilTaught, colleague, idOf('parent.demo')].sort(),
    );
    expect(await roster.groupsOf(colleague)).toEqual([groupId]);
    expect(group.body.group.memberCount).toBe(4);
    expect(group.body.members.map(({ personId }: { personId: string }) => personId).sort()).toEqual(
      [teacherId, pupilTaught, colleague, idOf('parent.demo')].sort(),
    );
  });

  it('is seen by its members only: anyone else gets 404', async () => {
    const parent = await running.as('parent.demo');
    expect((await parent('GET', '/api/work-groups')).body.groups).toMatchObject([
      { groupId, name: 'Équipe de 6e', role: 'member' },
    ]);
    expect((await parent('GET', `/api/work-groups/${groupId}`)).status).toBe(200);
    const stranger = await running.as('vie-scolaire.demo');
    expect((await stranger('GET', `/api/work-groups/${groupId}`)).status).toBe(404);
    expect((await stranger('GET', '/api/work-groups')).body.groups).toEqual([]);
    expect(
      (await stranger('POST', `/api/work-groups/${groupId}/topics`, { title: 'x', text: 'y' })).status,
    ).toBe(404);
    // A member who does not manage adds no one.
    const added = await parent('POST', `/api/work-groups/${groupId}/members`, { personIds: [colleague] });
    expect(added.status).toBe(403);
  });

  it('shares a document uploaded through the signed form: members download it, the others are told', async () => {
    const content = '%PDF-1.4 compte rendu';
    const declared = await teacher('POST', `/api/work-groups/${groupId}/documents`, {
      name: 'Compte rendu.pdf',
      contentType: 'application/pdf',
      size: content.length,
    });
    expect(declared.status).toBe(201);
    const { document, upload: form } = declared.body;
    expect(form.fields.Policy).toBeDefined();
    const policy = JSON.parse(Buffer.from(form.fields.Policy, 'base64').toString());
    expect(policy.conditions).toContainEqual(['content-length-range', 1, content.length]);
    expect(policy.conditions).toContainEqual({ 'Content-Type': 'application/pdf' });
    // Uploaded to the pending place the bucket empties after a day: a document never shared leaves nothing behind.
    expect(form.fields.key).toBe(`uploads/work-groups/${groupId}/${document.id}`);

    // Not listed, nor downloadable, before it is shared.
    expect((await teacher('GET', `/api/work-groups/${groupId}`)).body.documents).toEqual([]);
    expect(
      (await teacher('POST', `/api/work-groups/${groupId}/documents/${document.id}/share`)).body.error.code,
    ).toBe('upload_missing');
    expect((await upload(form, content, 'application/pdf')).status).toBeLessThan(300);
    const shared = await teacher('POST', `/api/work-groups/${groupId}/documents/${document.id}/share`);
    expect(shared.status).toBe(200);

    const parent = await running.as('parent.demo');
    const page = await parent('GET', `/api/work-groups/${groupId}`);
    expect(page.body.documents).toMatchObject([
      { id: document.id, name: 'Compte rendu.pdf', uploadedBy: { personId: teacherId } },
    ]);
    const link = await parent('GET', `/api/work-groups/${groupId}/documents/${document.id}`);
    const file = await fetch(link.body.url);
    expect(await file.text()).toBe(content);
    const stranger = await running.as('vie-scolaire.demo');
    expect((await stranger('GET', `/api/work-groups/${groupId}/documents/${document.id}`)).status).toBe(404);

    const events = await outboxEvents(running, 'GroupDocumentShared');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      groupId,
      documentId: document.id,
      name: 'Compte rendu.pdf',
      sharedBy: teacherId,
    });
    expect(events[0].memberIds.sort()).toEqual([pupilTaught, colleague, idOf('parent.demo')].sort());
    // Shared once: a second call announces nothing more.
    await teacher('POST', `/api/work-groups/${groupId}/documents/${document.id}/share`);
    expect(await outboxEvents(running, 'GroupDocumentShared')).toHaveLength(1);
  });

  it('refuses a type or a size out of bounds, and a file that differs from the one declared', async () => {
    const declare = (contentType: string, size: number) =>
      teacher('POST', `/api/work-groups/${groupId}/documents`, { name: 'fichier', contentType, size });
    const program = await declare('application/x-msdownload', 1000);
    expect(program.status).toBe(400);
    expect(program.body.error.errors).toMatchObject([{ field: 'contentType', code: 'not_an_option' }]);
    const huge = await declare('application/pdf', 21 * 1024 * 1024);
    expect(huge.status).toBe(400);
    expect(huge.body.error.errors).toMatchObject([{ field: 'size', code: 'too_large' }]);

    // s3rver keeps no policy: the API checks what arrived before sharing it, and deletes what differs.
    const small = await declare('application/pdf', 10);
    await upload(small.body.upload, 'x'.repeat(5000), 'application/pdf');
    const tooLarge = await teacher(
      'POST',
      `/api/work-groups/${groupId}/documents/${small.body.document.id}/share`,
    );
    expect(tooLarge.status).toBe(400);
    expect(tooLarge.body.error.errors).toMatchObject([{ field: 'file', code: 'upload_mismatch' }]);
    const image = await declare('image/png', 100);
    const forged = {
      ...image.body.upload,
      fields: { ...image.body.upload.fields, 'Content-Type': 'text/html' },
    };
    await upload(forged, '<script>alert(1)</script>', 'text/html');
    const wrongType = await teacher(
      'POST',
      `/api/work-groups/${groupId}/documents/${image.body.document.id}/share`,
    );
    expect(wrongType.body.error.errors).toMatchObject([{ code: 'upload_mismatch' }]);
    expect(
      (await teacher('GET', `/api/work-groups/${groupId}/documents/${image.body.document.id}`)).status,
    ).toBe(404);
    expect((await teacher('GET', `/api/work-groups/${groupId}`)).body.documents).toHaveLength(1);
  });

  it('holds a discussion: topics by newest activity, plain text posts', async () => {
    const first = await teacher('POST', `/api/work-groups/${groupId}/topics`, {
      title: 'Ordre du jour',
      text: 'Voir https://example.fr/ordre <b>gras</b>',
    });
    expect(first.status).toBe(201);
    const second = await teacher('POST', `/api/work-groups/${groupId}/topics`, {
      title: 'Sortie',
      text: 'Qui vient ?',
    });
    const parent = await running.as('parent.demo');
    const reply = await parent(
      'POST',
      `/api/work-groups/${groupId}/topics/${first.body.topic.topicId}/posts`,
      {
        text: 'Je serai là.',
      },
    );
    expect(reply.status).toBe(201);
    const page = await parent('GET', `/api/work-groups/${groupId}`);
    expect(page.body.topics.map(({ title }: { title: string }) => title)).toEqual([
      'Ordre du jour',
      'Sortie',
    ]);
    expect(page.body.topics[0].postCount).toBe(2);
    const topic = await parent('GET', `/api/work-groups/${groupId}/topics/${first.body.topic.topicId}`);
    expect(topic.body.posts.map(({ text }: { text: string }) => text)).toEqual([
      'Voir https://example.fr/ordre <b>gras</b>',
      'Je serai là.',
    ]);
    expect(topic.body.posts[1].author.personId).toBe(idOf('parent.demo'));
    expect(second.status).toBe(201);
  });

  it('publishes a public page once a manager allows it, naming its adult managers and no pupil', async () => {
    const notYet = await teacher('POST', `/api/work-groups/${groupId}/mini-site/publish`);
    expect(notYet.status).toBe(403);
    expect(notYet.body.error.code).toBe('mini_site_not_allowed');
    const parent = await running.as('parent.demo');
    expect((await parent('PUT', `/api/work-groups/${groupId}/mini-site`, { allowed: true })).status).toBe(
      403,
    );

    expect((await teacher('PUT', `/api/work-groups/${groupId}/mini-site`, { allowed: true })).status).toBe(
      200,
    );
    const published = await teacher('POST', `/api/work-groups/${groupId}/mini-site/publish`);
    expect(published.status).toBe(200);
    const { url } = published.body.miniSite;
    expect(url).toMatch(/\/s\/[\w-]{22}\/$/);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    const text = await page.text();
    const nameOf = (personId: string) => {
      const person = directory.people.find((candidate) => candidate.personId === personId);
      return `${person?.firstName} ${person?.lastName}`;
    };
    expect(text).toContain('Équipe de 6e');
    expect(text).toContain('Préparer le conseil de classe');
    expect(text).toContain(nameOf(teacherId));
    expect(text).not.toContain(nameOf(pupilTaught));
    expect(text).not.toContain(nameOf(idOf('parent.demo')));
    expect((await teacher('GET', `/api/work-groups/${groupId}`)).body.group.miniSite.url).toBe(url);

    // Disallowed, it is taken down at once.
    await teacher('PUT', `/api/work-groups/${groupId}/mini-site`, { allowed: false });
    expect((await fetch(url)).status).toBeGreaterThanOrEqual(400);
  });

  it('holds the cap on members whatever runs at once', async () => {
    const staff = await running.as('vie-scolaire.demo');
    const staffId = idOf('vie-scolaire.demo');
    const people = directory.people
      .filter((person) => person.personId !== staffId && person.status !== 'retired')
      .map(({ personId }) => personId);
    expect(people.length).toBeGreaterThanOrEqual(300);
    const created = await staff('POST', '/api/work-groups', { name: 'Tout le collège', kind: 'other' });
    const id = created.body.group.id;
    // 1 + 229 members: room for 20 more.
    for (let start = 0; start < 229; start += 50) {
      const added = await staff('POST', `/api/work-groups/${id}/members`, {
        personIds: people.slice(start, Math.min(start + 50, 229)),
      });
      expect(added.status).toBe(200);
    }
    const batches = Array.from({ length: 10 }, (_, index) => people.slice(229 + index * 5, 234 + index * 5));
    const answers = await Promise.all(
      batches.map((personIds) => staff('POST', `/api/work-groups/${id}/members`, { personIds })),
    );
    expect(answers.map(({ status }) => status).sort()).toEqual([
      200, 200, 200, 200, 409, 409, 409, 409, 409, 409,
    ]);
    for (const refused of answers.filter(({ status }) => status === 409))
      expect(refused.body.error.code).toBe('group_full');
    const group = await staff('GET', `/api/work-groups/${id}`);
    expect(group.body.group.memberCount).toBe(250);
    expect(group.body.members.length + group.body.unnamedMembers).toBe(250);
  }, 120_000);
});
