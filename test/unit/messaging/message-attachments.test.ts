import { describe, expect, it } from 'vitest';
import type { Actor } from '#domain/identity/actor';
import type { Message } from '#domain/messaging/message';
import { newMessageSchema, replySchema } from '#domain/messaging/message';
import {
  attachmentLink,
  checkAttachments,
  declareMessageUpload,
  keepAttachments,
  looksLike,
  maxMessageAttachmentBytes,
  messageUploadSchema,
} from '#domain/messaging/message-attachments';
import { ConflictError, NotFoundError, ValidationError } from '#domain/shared/errors';
import { contentDisposition } from '#functions/lib/download-link';
import { keepDaysOf, messageAttachmentSteps } from '#infra/definitions/school-buckets';
import { attachmentTypeOf, badgeOf, kindOf, refusalOf, sizeOf } from '#web/src/messaging/attachment-upload';
import { createFormat } from '#web/src/shell/i18n/format';
import { chooseLocale } from '#web/src/shell/i18n/locale';
import { inMemoryAttachments } from '../../support/in-memory-attachments';

const person = (personId: string): Actor => ({
  personId,
  username: personId,
  firstName: personId,
  lastName: 'Test',
  profiles: ['teacher'],
});

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part)] : part)));

const pdf = bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj\n');
const png = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const jpeg = bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], 'JFIF');
const docx = bytes([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0]);
const doc = bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const mp3 = bytes('ID3', [4, 0, 0]);
const wav = bytes('RIFF', [0, 0, 0, 0], 'WAVEfmt ');
const windowsProgram = bytes('MZ', [0x90, 0, 3, 0]);

describe('what a message may carry', () => {
  it('takes the work groups’ types, 10 MB a file at most, and 5 files a message, each once', () => {
    const declared = { name: 'Autorisation de sortie.pdf', contentType: 'application/pdf', size: 300_000 };
    expect(messageUploadSchema.safeParse(declared).success).toBe(true);
    expect(
      messageUploadSchema.safeParse({ ...declared, size: maxMessageAttachmentBytes + 1 }).error?.issues[0]
        ?.message,
    ).toMatch(/10 MB/);
    expect(
      messageUploadSchema.safeParse({ ...declared, contentType: 'application/x-msdownload' }).success,
    ).toBe(false);
    expect(messageUploadSchema.safeParse({ ...declared, name: '../../etc/passwd' }).success).toBe(false);
    expect(messageUploadSchema.safeParse({ ...declared, size: 0 }).success).toBe(false);

    const ids = ['a1', 'a2', 'a3', 'a4', 'a5'];
    const message = { to: [{ kind: 'staff' }], subject: 'Pièces', text: 'Voici', attachmentIds: ids };
    expect(newMessageSchema.safeParse(message).success).toBe(true);
    expect(newMessageSchema.safeParse({ ...message, attachmentIds: [...ids, 'a6'] }).success).toBe(false);
    expect(replySchema.safeParse({ text: 'Merci', attachmentIds: ['a1', 'a1'] }).success).toBe(false);
    expect(replySchema.safeParse({ text: 'Merci' }).success).toBe(true);
  });

  it('tells a file’s type by its first bytes, not by its name or declared type', () => {
    expect(looksLike('application/pdf', pdf)).toBe(true);
    expect(looksLike('image/png', png)).toBe(true);
    expect(looksLike('image/jpeg', jpeg)).toBe(true);
    expect(looksLike('application/vnd.openxmlformats-officedocument.wordprocessingml.document', docx)).toBe(
      true,
    );
    expect(looksLike('application/vnd.oasis.opendocument.text', docx)).toBe(true);
    expect(looksLike('application/msword', doc)).toBe(true);
    expect(looksLike('audio/mpeg', mp3)).toBe(true);
    expect(looksLike('audio/wav', wav)).toBe(true);
    expect(looksLike('text/plain', bytes('Liste des fournitures\r\n- un cahier'))).toBe(true);
    // A program renamed « devoir.pdf », an image said to be a PDF, binary said to be text.
    expect(looksLike('application/pdf', windowsProgram)).toBe(false);
    expect(looksLike('application/pdf', png)).toBe(false);
    expect(looksLike('image/webp', wav)).toBe(false);
    expect(looksLike('text/plain', windowsProgram)).toBe(false);
    expect(looksLike('application/pdf', new Uint8Array())).toBe(false);
  });

  it('keeps a file until its message expires, in steps of 30 days, and never beyond the longest rule', () => {
    const now = new Date('2026-12-07T09:00:00Z');
    const inDays = (days: number) => Math.floor(now.getTime() / 1000) + days * 86_400;
    expect(keepDaysOf(inDays(1), now)).toBe(30);
    expect(keepDaysOf(inDays(30), now)).toBe(30);
    expect(keepDaysOf(inDays(31), now)).toBe(60);
    expect(keepDaysOf(inDays(268 + 30), now)).toBe(300);
    expect(keepDaysOf(inDays(5000), now)).toBe(750);
    expect(messageAttachmentSteps).toContain(keepDaysOf(inDays(400), now));
  });
});

describe('joining files to a message', () => {
  const ports = () => {
    const memory = inMemoryAttachments();
    let ids = 0;
    return {
      memory,
      ports: {
        ...memory.ports,
        clock: { now: () => new Date('2026-12-07T09:00:00Z') },
        newId: () => `upload-${++ids}`,
      },
    };
  };
  const teacher = person('teacher');

  it('checks each upload arrived as declared, then moves it under its message, once', async () => {
    const { memory, ports: attach } = ports();
    const { attachment, upload } = await declareMessageUpload(
      { name: 'Sortie.pdf', contentType: 'application/pdf', size: 1000 },
      teacher,
      attach,
    );
    expect(upload.fields['Content-Type']).toBe('application/pdf');
    await expect(checkAttachments([attachment.id], teacher, attach)).rejects.toMatchObject({
      code: 'upload_missing',
    });
    memory.upload('teacher', attachment.id, pdf, 'application/pdf');
    const checked = await checkAttachments([attachment.id], teacher, attach);
    expect(checked).toEqual([
      { id: attachment.id, name: 'Sortie.pdf', contentType: 'application/pdf', size: pdf.length },
    ]);

    await keepAttachments(checked, teacher, { id: 'message-1', expiresAt: 1_900_000_000 }, attach);
    expect([...memory.kept.keys()]).toEqual([`message-1/${attachment.id}`]);
    expect(memory.pending.size).toBe(0);
    // Sent once: the same id again is no longer an upload of theirs waiting to be sent.
    await expect(checkAttachments([attachment.id], teacher, attach)).rejects.toMatchObject({
      code: 'attachment_unknown',
    });
  });

  it('refuses someone else’s upload as an unknown one, and deletes a file that is not what it was declared', async () => {
    const { memory, ports: attach } = ports();
    const { attachment } = await declareMessageUpload(
      { name: 'Devoir.pdf', contentType: 'application/pdf', size: 1000 },
      person('pupil'),
      attach,
    );
    memory.upload('pupil', attachment.id, pdf, 'application/pdf');
    const stolen = checkAttachments([attachment.id], teacher, attach);
    await expect(stolen).rejects.toBeInstanceOf(ValidationError);
    await expect(stolen).rejects.toMatchObject({ code: 'attachment_unknown' });

    const renamed = await declareMessageUpload(
      { name: 'Devoir2.pdf', contentType: 'application/pdf', size: 1000 },
      teacher,
      attach,
    );
    memory.upload('teacher', renamed.attachment.id, windowsProgram, 'application/pdf');
    await expect(checkAttachments([renamed.attachment.id], teacher, attach)).rejects.toMatchObject({
      code: 'upload_mismatch',
    });
    expect(memory.pending.has(`teacher/${renamed.attachment.id}`)).toBe(false);

    const larger = await declareMessageUpload(
      { name: 'Court.pdf', contentType: 'application/pdf', size: 10 },
      teacher,
      attach,
    );
    memory.upload('teacher', larger.attachment.id, pdf, 'application/pdf');
    await expect(checkAttachments([larger.attachment.id], teacher, attach)).rejects.toMatchObject({
      code: 'upload_mismatch',
    });
  });

  it('lets one of two sends of the same upload take it', async () => {
    const { memory, ports: attach } = ports();
    const { attachment } = await declareMessageUpload(
      { name: 'Sortie.pdf', contentType: 'application/pdf', size: 1000 },
      teacher,
      attach,
    );
    memory.upload('teacher', attachment.id, pdf, 'application/pdf');
    const checked = await checkAttachments([attachment.id], teacher, attach);
    const sends = await Promise.allSettled([
      keepAttachments(checked, teacher, { id: 'm1', expiresAt: 1_900_000_000 }, attach),
      keepAttachments(checked, teacher, { id: 'm2', expiresAt: 1_900_000_000 }, attach),
    ]);
    expect(sends.filter(({ status }) => status === 'fulfilled')).toHaveLength(1);
    const refused = sends.find((send) => send.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(ConflictError);
    expect(refused.reason).toMatchObject({ code: 'attachment_already_sent' });
  });

  it('gives a download link to the message’s readers only, and none once it is withdrawn', async () => {
    const { memory } = ports();
    const message: Message = {
      id: 'm1',
      conversationId: 'm1',
      senderId: 'teacher',
      senderName: 'Prof',
      subject: 'Sortie',
      text: 'Ci-joint',
      sentAt: '2026-12-07T09:00:00Z',
      audiences: [],
      recipientIds: ['mum'],
      repliesTo: 'all',
      expiresAt: 1_900_000_000,
      attachments: [{ id: 'f1', name: 'Sortie.pdf', contentType: 'application/pdf', size: 1000 }],
    };
    const reading = (stored: Message) => ({
      messages: { get: async (id: string) => (id === stored.id ? stored : undefined) },
      files: memory.ports.files,
    });
    const link = await attachmentLink('m1', 'f1', person('mum'), reading(message));
    expect(link.url).toContain('m1/f1');
    expect(link.attachment.name).toBe('Sortie.pdf');
    await expect(attachmentLink('m1', 'f1', person('stranger'), reading(message))).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(attachmentLink('m1', 'f9', person('mum'), reading(message))).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(
      attachmentLink('m1', 'f1', person('mum'), reading({ ...message, withdrawn: true })),
    ).rejects.toMatchObject({ code: 'attachment_withdrawn' });
  });
});

describe('attachments in the portal', () => {
  const french = createFormat(chooseLocale('fr-FR'));
  const nbsp = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

  it('says sizes as French readers do, and refuses a file before it is sent, in French', () => {
    expect(sizeOf(512, french)).toBe('512 octets');
    expect(sizeOf(340_000, french)).toBe('340 ko');
    expect(sizeOf(1_234_567, french)).toBe('1,2 Mo');
    expect(nbsp(sizeOf(10 * 1024 * 1024, french))).toBe('10,5 Mo');
    const pdfFile = { name: 'Sortie.pdf', type: 'application/pdf', size: 1000 };
    expect(refusalOf(pdfFile, french)).toBeUndefined();
    expect(refusalOf({ ...pdfFile, size: 11 * 1024 * 1024 }, french)).toBe(
      '« Sortie.pdf » est trop lourd : 10 Mo au plus par fichier.',
    );
    expect(refusalOf({ name: 'jeu.exe', type: 'application/x-msdownload', size: 10 }, french)).toMatch(
      /^« jeu\.exe » n’est pas d’un type accepté/,
    );
    // A phone that gives no type for an OpenDocument file: its extension says it.
    expect(attachmentTypeOf({ name: 'Compte rendu.odt', type: '' })).toBe(
      'application/vnd.oasis.opendocument.text',
    );
    expect(kindOf('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')).toBe('spreadsheet');
    expect(kindOf('audio/mpeg')).toBe('audio');
    expect([badgeOf('Sortie.pdf'), badgeOf('Notes.docx'), badgeOf('Chant.MP3'), badgeOf('LISEZMOI')]).toEqual(
      ['PDF', 'DOCX', 'MP3', '?'],
    );
  });

  it('downloads under the file’s own name, accents kept for browsers that read UTF-8 names', () => {
    expect(contentDisposition('Autorisation signée "1".pdf')).toBe(
      `attachment; filename="Autorisation signee _1_.pdf"; filename*=UTF-8''Autorisation%20sign%C3%A9e%20%221%22.pdf`,
    );
  });
});
