import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teachingItem } from '#functions/people/adapters/person-item';
import { demoDirectory } from '#infra/local/seed/people/demo-people';
import { type SchoolUnderTest, startSchoolUnderTest } from '../../support/school-under-test';

type Request = SchoolUnderTest['request'];

/**
 * Files joined to messages, through the real local parts (DynamoDB Local, s3rver, the fan-out queue): a teacher
 * declares a PDF, uploads it with the signed form, sends it to a pupil's guardians; the guardian downloads it
 * through a short link, nobody else does; a withdrawn message's file is refused; a file that is not what it claims,
 * someone else's upload, and the same upload sent twice at once are refused with their codes.
 */
describe('message attachments', () => {
  let school: SchoolUnderTest;
  let teacher: Request;
  let guardian: Request;
  let student: Request;
  let childId: string;

  const pdf = '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n% Autorisation de sortie\n';
  const accountOf = (username: string) =>
    school.demoAccounts.find((account) => account.username === username)?.personId as string;

  /** Uploads a file with the form the API signed, as the portal does. */
  const upload = async (
    form: { url: string; fields: Record<string, string> },
    content: string | Uint8Array<ArrayBuffer>,
  ) => {
    const body = new FormData();
    for (const [field, value] of Object.entries(form.fields)) body.append(field, value);
    body.append('file', new Blob([content], { type: form.fields['Content-Type'] }), 'file');
    const response = await fetch(form.url, { method: 'POST', body });
    expect(response.status).toBeLessThan(300);
  };

  /** Declares and uploads a file: its id. */
  const attach = async (
    as: Request,
    name: string,
    content: string | Uint8Array<ArrayBuffer>,
    contentType = 'application/pdf',
  ) => {
    const declared = await as('POST', '/api/messaging/attachments', {
      name,
      contentType,
      size: Buffer.byteLength(content),
    });
    expect(declared.status).toBe(201);
    await upload(declared.body.upload, content);
    return declared.body.attachment.id as string;
  };

  const toGuardians = () => ({ to: [{ kind: 'pupil-guardians', personId: childId }] });

  beforeAll(async () => {
    school = await startSchoolUnderTest({ kind: 'school' }, { signedInAs: 'prof.demo' });
    const directory = demoDirectory(school.school);
    teacher = school.request;
    guardian = await school.as('parent.demo');
    student = await school.as('eleve.demo');
    childId = directory.guardianships.find(([g]) => g === accountOf('parent.demo'))?.[1] as string;
    const childClass = directory.people.find((p) => p.personId === childId)?.classId as string;
    // Arrange: the demo teacher teaches the class of the demo guardian's first child.
    await school.documents.send(
      new PutCommand({ TableName: school.tableName, Item: teachingItem(accountOf('prof.demo'), childClass) }),
    );
  }, 120_000);
  afterAll(() => school?.stop());

  it('declares a file within limits only, with a form signed for the one pending key, type and size', async () => {
    const declare = (contentType: string, size: number) =>
      teacher('POST', '/api/messaging/attachments', { name: 'fichier.pdf', contentType, size });
    const program = await declare('application/x-msdownload', 1000);
    expect(program.status).toBe(400);
    expect(program.body.error.errors).toMatchObject([{ field: 'contentType', code: 'not_an_option' }]);
    const huge = await declare('application/pdf', 10 * 1024 * 1024 + 1);
    expect(huge.status).toBe(400);
    expect(huge.body.error.errors).toMatchObject([{ field: 'size', code: 'too_large' }]);

    const declared = await declare('application/pdf', 1234);
    expect(declared.status).toBe(201);
    const policy = JSON.parse(Buffer.from(declared.body.upload.fields.Policy, 'base64').toString());
    expect(policy.conditions).toContainEqual(['content-length-range', 1, 1234]);
    expect(policy.conditions).toContainEqual({ 'Content-Type': 'application/pdf' });
    expect(declared.body.upload.fields.key).toBe(
      `uploads/messages/${accountOf('prof.demo')}/${declared.body.attachment.id}`,
    );
  });

  it('sends a PDF to a pupil’s guardians, who download it by a short link; nobody else can', async () => {
    const waiting = await teacher('POST', '/api/messaging/attachments', {
      name: 'Autorisation de sortie.pdf',
      contentType: 'application/pdf',
      size: pdf.length,
    });
    const attachmentId = waiting.body.attachment.id;
    // Sent before it arrived: refused, and nothing is sent.
    const early = await teacher('POST', '/api/messaging/conversations', {
      ...toGuardians(),
      subject: 'Sortie',
      text: 'Trop tôt',
      attachmentIds: [attachmentId],
    });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('upload_missing');
    await upload(waiting.body.upload, pdf);

    const sent = await teacher('POST', '/api/messaging/conversations', {
      ...toGuardians(),
      subject: 'Sortie au musée',
      text: 'Bonjour, voici l’autorisation à signer.',
      attachmentIds: [attachmentId],
    });
    expect(sent.status).toBe(201);
    // The fan-out runs from the message's event: the guardian reads it once it is delivered.
    await school.eventsDelivered();
    expect(sent.body.attachments).toEqual([
      {
        id: attachmentId,
        name: 'Autorisation de sortie.pdf',
        contentType: 'application/pdf',
        size: pdf.length,
      },
    ]);

    const inbox = await guardian('GET', '/api/messaging/conversations');
    expect(
      inbox.body.items.find(
        ({ conversationId }: { conversationId: string }) => conversationId === sent.body.conversationId,
      ),
    ).toMatchObject({ attachmentCount: 1 });
    const conversation = await guardian('GET', `/api/messaging/conversations/${sent.body.conversationId}`);
    expect(conversation.status).toBe(200);
    const [message] = conversation.body.messages;
    expect(message.attachments).toEqual(sent.body.attachments);
    const link = await guardian('GET', `/api/messaging/messages/${message.id}/attachments/${attachmentId}`);
    expect(link.status).toBe(200);
    const file = await fetch(link.body.url);
    expect(file.status).toBe(200);
    expect(await file.text()).toBe(pdf);
    expect(file.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(decodeURIComponent(file.headers.get('content-disposition') ?? '')).toContain(
      'Autorisation de sortie.pdf',
    );

    // A pupil who did not receive it, and an id of no file of the message: 404 alike.
    const stranger = await student(
      'GET',
      `/api/messaging/messages/${message.id}/attachments/${attachmentId}`,
    );
    expect(stranger.status).toBe(404);
    expect(JSON.stringify(stranger.body)).not.toContain('Autorisation');
    expect(
      (await guardian('GET', `/api/messaging/messages/${message.id}/attachments/${sent.body.id}`)).status,
    ).toBe(404);

    // Sent once: the same upload in another message is no longer one waiting to be sent.
    const again = await teacher('POST', '/api/messaging/conversations', {
      ...toGuardians(),
      subject: 'Encore',
      text: 'Encore',
      attachmentIds: [attachmentId],
    });
    expect(again.status).toBe(400);
    expect(again.body.error.errors).toMatchObject([{ field: 'attachmentIds', code: 'attachment_unknown' }]);

    // The guardian answers with a photo of the signed form; the teacher downloads it.
    const png = new Uint8Array([
      0x89,
      0x50,
      0x4e,
      0x47,
      0x0d,
      0x0a,
      0x1a,
      0x0a,
      ...Buffer.from('0'.repeat(40)),
    ]);
    const photo = await attach(guardian, 'Autorisation signée.png', png, 'image/png');
    const reply = await guardian(
      'POST',
      `/api/messaging/conversations/${sent.body.conversationId}/messages`,
      { text: 'Signée, ci-jointe.', attachmentIds: [photo] },
    );
    expect(reply.status).toBe(201);
    await school.eventsDelivered();
    const replyLink = await teacher('GET', `/api/messaging/messages/${reply.body.id}/attachments/${photo}`);
    expect(replyLink.status).toBe(200);
    expect((await fetch(replyLink.body.url)).status).toBe(200);
  });

  it('refuses someone else’s upload and a file that is not what it was declared, sending nothing', async () => {
    const theirs = await attach(teacher, 'Devoir.pdf', pdf);
    const stolen = await guardian('POST', '/api/messaging/conversations', {
      to: [{ kind: 'staff' }],
      subject: 'Pièce',
      text: 'Voici',
      attachmentIds: [theirs],
    });
    expect(stolen.status).toBe(400);
    expect(stolen.body.error.errors).toMatchObject([{ field: 'attachmentIds', code: 'attachment_unknown' }]);

    // A program renamed « .pdf », uploaded with the PDF's form: its bytes say what it is.
    const program = await attach(teacher, 'Bulletin.pdf', new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]));
    const forged = await teacher('POST', '/api/messaging/conversations', {
      ...toGuardians(),
      subject: 'Bulletin',
      text: 'Voici',
      attachmentIds: [program],
    });
    expect(forged.status).toBe(400);
    expect(forged.body.error.errors).toMatchObject([{ field: 'attachmentIds', code: 'upload_mismatch' }]);
    const inbox = await guardian('GET', '/api/messaging/conversations?q=bulletin');
    expect(inbox.body.items).toEqual([]);
  });

  it('lets one of two sends of the same upload at the same instant carry it', async () => {
    const shared = await attach(teacher, 'Menu.pdf', pdf);
    const sends = await Promise.all(
      [1, 2].map((n) =>
        teacher('POST', '/api/messaging/conversations', {
          ...toGuardians(),
          subject: `Menu ${n}`,
          text: 'Le menu',
          attachmentIds: [shared],
        }),
      ),
    );
    expect(sends.map(({ status }) => status).sort()).toEqual([201, expect.any(Number)]);
    const refused = sends.find(({ status }) => status !== 201);
    expect([400, 409]).toContain(refused?.status);
    expect(['attachment_already_sent', 'attachment_unknown']).toContain(
      refused?.body.error.errors?.[0]?.code ?? refused?.body.error.code,
    );
  });

  it('withdraws a message’s files with it: the download is refused', async () => {
    const fileId = await attach(teacher, 'Réunion.pdf', pdf);
    const sent = await teacher('POST', '/api/messaging/conversations', {
      ...toGuardians(),
      subject: 'Réunion',
      text: 'Ordre du jour joint',
      attachmentIds: [fileId],
    });
    expect(sent.status).toBe(201);
    await school.eventsDelivered();
    const path = `/api/messaging/messages/${sent.body.id}/attachments/${fileId}`;
    expect((await guardian('GET', path)).status).toBe(200);
    const admin = await school.as('direction.demo');
    expect((await admin('POST', `/api/messaging/messages/${sent.body.id}/withdraw`)).status).toBe(200);
    const refused = await guardian('GET', path);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('attachment_withdrawn');
    const conversation = await guardian('GET', `/api/messaging/conversations/${sent.body.conversationId}`);
    expect(conversation.body.messages[0].attachments).toEqual([]);
  });
});
