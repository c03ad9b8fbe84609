import { describe, expect, it } from 'vitest';
import type { Actor } from '#domain/identity/actor';
import type { Profile } from '#domain/identity/profile';
import { followLiaisonNote, remindLiaisonNote } from '#domain/messaging/follow-liaison-note';
import { type NewLiaisonNote, newLiaisonNoteSchema } from '#domain/messaging/liaison-note';
import { deliverLiaisonNote, postLiaisonNote } from '#domain/messaging/post-liaison-note';
import { listReceivedNotes, listWrittenNotes, readLiaisonNote } from '#domain/messaging/read-liaison-notes';
import { signLiaisonNote } from '#domain/messaging/sign-liaison-note';
import type { Person } from '#domain/people/person';
import { AccessDeniedError, ConflictError, NotFoundError } from '#domain/shared/errors';
import { parseWith } from '#functions/lib/validation';
import { demoLiaisonNotes } from '#infra/local/seed/messaging/demo-liaison-notes';
import { demoDirectory } from '#infra/local/seed/people/demo-people';
import { loadRegistry } from '#infra/tenants/registry';
import { inMemoryLiaisonPorts, type LiaisonSchool } from '../../support/in-memory-liaison';

const actor = (personId: string, ...profiles: Profile[]): Actor => ({
  personId,
  username: personId,
  firstName: personId,
  lastName: 'Test',
  profiles,
});

const pupil = (personId: string, classId: string): Person => ({
  personId,
  firstName: personId,
  lastName: 'Élève',
  profiles: ['student'],
  classId,
  version: 1,
});
const adult = (personId: string, profile: Profile): Person => ({
  personId,
  firstName: personId,
  lastName: 'Adulte',
  profiles: [profile],
  version: 1,
});

/** 6e A (Léa and Tom, three guardians between them), 6e B (Nina), and a 5e of 150 pupils with a guardian each. */
const school = (): LiaisonSchool => {
  const fifth = Array.from({ length: 150 }, (_, index) => pupil(`p5-${index}`, '5a'));
  return {
    classes: [
      { classId: '6a', label: '6e A', level: '6e' },
      { classId: '6b', label: '6e B', level: '6e' },
      { classId: '5a', label: '5e A', level: '5e' },
    ],
    people: [
      pupil('lea', '6a'),
      pupil('tom', '6a'),
      pupil('nina', '6b'),
      ...fifth,
      adult('mother-lea', 'guardian'),
      adult('father-both', 'guardian'),
      adult('mother-nina', 'guardian'),
      ...fifth.map((child) => adult(`g-${child.personId}`, 'guardian')),
      adult('prof', 'teacher'),
      adult('vie-scolaire', 'staff'),
    ],
    children: {
      'mother-lea': ['lea'],
      'father-both': ['lea', 'tom'],
      'mother-nina': ['nina'],
      ...Object.fromEntries(fifth.map((child) => [`g-${child.personId}`, [child.personId]])),
    },
    teaches: { prof: ['6a'] },
  };
};

const teacher = actor('prof', 'teacher');
const staff = actor('vie-scolaire', 'staff');
const motherLea = actor('mother-lea', 'guardian');
const fatherBoth = actor('father-both', 'guardian');
const motherNina = actor('mother-nina', 'guardian');

const note = (to: NewLiaisonNote['to'], title = 'Sortie au musée jeudi'): NewLiaisonNote => ({
  title,
  text: 'Prévoir un pique-nique. Détails : https://example.fr/sortie',
  kind: 'sortie',
  to,
});

const refusal = async (run: () => Promise<unknown>) => {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a refusal');
};

describe('who may post a liaison note to what', () => {
  it('a teacher posts to the guardians of their class and of their pupils, each guardian once', async () => {
    const { ports, liaison } = inMemoryLiaisonPorts(school());
    const toClass = await postLiaisonNote(note({ kind: 'class', classId: '6a' }), teacher, ports);
    expect(toClass).toMatchObject({ toLabel: '6e A', guardianCount: 2, delivery: 'done' });
    const toPupil = await postLiaisonNote(note({ kind: 'pupil', personId: 'tom' }), teacher, ports);
    expect(toPupil).toMatchObject({ toLabel: 'tom Élève', guardianCount: 1 });
    expect((await ports.notes.copies(toClass.id)).map((copy) => copy.guardianId).sort()).toEqual([
      'father-both',
      'mother-lea',
    ]);
    expect(liaison.published.map((event) => event.detailType)).toEqual([
      'LiaisonNotePosted',
      'LiaisonNotePosted',
    ]);
  });

  it('a class or pupil a teacher does not teach is not found for them, and a level is the school’s alone', async () => {
    const { ports } = inMemoryLiaisonPorts(school());
    const otherClass = await refusal(() =>
      postLiaisonNote(note({ kind: 'class', classId: '6b' }), teacher, ports),
    );
    expect(otherClass).toBeInstanceOf(AccessDeniedError);
    expect((otherClass as AccessDeniedError).hidesExistence).toBe(true);
    const otherPupil = await refusal(() =>
      postLiaisonNote(note({ kind: 'pupil', personId: 'nina' }), teacher, ports),
    );
    expect((otherPupil as AccessDeniedError).hidesExistence).toBe(true);
    const level = await refusal(() => postLiaisonNote(note({ kind: 'level', level: '6e' }), teacher, ports));
    expect(level).toBeInstanceOf(AccessDeniedError);
    expect((level as AccessDeniedError).hidesExistence).toBe(false);
    expect(await postLiaisonNote(note({ kind: 'level', level: '6e' }), staff, ports)).toMatchObject({
      toLabel: '6e',
      guardianCount: 3,
    });
  });

  it('guardians and pupils post nothing; an adult named as a pupil or an unknown level is not found', async () => {
    const { ports } = inMemoryLiaisonPorts(school());
    for (const someone of [motherLea, actor('lea', 'student')]) {
      expect(
        await refusal(() => postLiaisonNote(note({ kind: 'class', classId: '6a' }), someone, ports)),
      ).toBeInstanceOf(AccessDeniedError);
    }
    expect(
      await refusal(() => postLiaisonNote(note({ kind: 'pupil', personId: 'mother-lea' }), staff, ports)),
    ).toBeInstanceOf(NotFoundError);
    expect(
      await refusal(() => postLiaisonNote(note({ kind: 'level', level: '3e' }), staff, ports)),
    ).toBeInstanceOf(NotFoundError);
  });

  it('refuses a note without a title, or of a kind it does not know, and HTML is just text', () => {
    expect(() =>
      parseWith(newLiaisonNoteSchema, { ...note({ kind: 'class', classId: '6a' }), title: ' ' }, ''),
    ).toThrow();
    expect(() =>
      parseWith(newLiaisonNoteSchema, { ...note({ kind: 'class', classId: '6a' }), kind: 'fête' }, ''),
    ).toThrow();
    expect(() =>
      parseWith(
        newLiaisonNoteSchema,
        { ...note({ kind: 'class', classId: '6a' }), to: { kind: 'school' } },
        '',
      ),
    ).toThrow();
  });
});

describe('a large audience fans out', () => {
  it('a level of 150 guardians: no copy in the request, two events of at most 100, the fan-out writes each once', async () => {
    const { ports, liaison } = inMemoryLiaisonPorts(school());
    const posted = await postLiaisonNote(note({ kind: 'level', level: '5e' }), staff, ports);
    expect(posted).toMatchObject({ guardianCount: 150, delivery: 'fan-out' });
    expect(liaison.copies.size).toBe(0);
    const events = liaison.published.map((event) => event.detail.data as { guardianIds: string[] });
    expect(events.map((data) => data.guardianIds.length)).toEqual([100, 50]);
    for (const data of events) await deliverLiaisonNote(posted.id, data.guardianIds, ports);
    expect(liaison.copies.size).toBe(150);
    // Delivered twice (at least once), nothing is written again, and a signature stays.
    await signLiaisonNote(posted.id, actor('g-p5-0', 'guardian'), ports);
    for (const data of events)
      expect((await deliverLiaisonNote(posted.id, data.guardianIds, ports)).written).toBe(0);
    expect((await ports.notes.copy(posted.id, 'g-p5-0'))?.signedAt).toBeDefined();
    expect(liaison.writes.copies).toBe(150);
  });
});

describe('« Vu et signé »', () => {
  it('a guardian signs once, with the time; a second time is refused with the first time', async () => {
    const { ports, clock } = inMemoryLiaisonPorts(school());
    const posted = await postLiaisonNote(note({ kind: 'class', classId: '6a' }), teacher, ports);
    expect(await signLiaisonNote(posted.id, motherLea, ports)).toEqual({
      noteId: posted.id,
      signedAt: '2026-12-07T08:00:00.000Z',
    });
    clock.current = new Date('2026-12-07T09:00:00.000Z');
    const again = await refusal(() => signLiaisonNote(posted.id, motherLea, ports));
    expect(again).toBeInstanceOf(ConflictError);
    expect((again as ConflictError).details).toEqual({ signedAt: '2026-12-07T08:00:00.000Z' });
    expect((await ports.notes.get(posted.id))?.signedCount).toBe(1);
  });

  it('a note to another child’s guardians does not exist for a guardian; a pupil reads, never signs', async () => {
    const { ports } = inMemoryLiaisonPorts(school());
    const posted = await postLiaisonNote(note({ kind: 'pupil', personId: 'nina' }), staff, ports);
    expect(await refusal(() => signLiaisonNote(posted.id, motherLea, ports))).toBeInstanceOf(NotFoundError);
    expect(await refusal(() => readLiaisonNote(posted.id, motherLea, ports))).toBeInstanceOf(NotFoundError);
    expect(await refusal(() => readLiaisonNote(posted.id, actor('lea', 'student'), ports))).toBeInstanceOf(
      NotFoundError,
    );
    expect(await readLiaisonNote(posted.id, actor('nina', 'student'), ports)).toMatchObject({
      view: 'received',
      signable: false,
    });
    expect(await refusal(() => signLiaisonNote(posted.id, actor('nina', 'student'), ports))).toBeInstanceOf(
      AccessDeniedError,
    );
  });

  it('a guardian’s list shows the notes to sign first, with their count; a pupil’s the notes about them', async () => {
    const { ports, clock } = inMemoryLiaisonPorts(school());
    const first = await postLiaisonNote(
      note({ kind: 'class', classId: '6a' }, 'Réunion parents'),
      teacher,
      ports,
    );
    clock.current = new Date('2026-12-07T10:00:00.000Z');
    await postLiaisonNote(note({ kind: 'pupil', personId: 'tom' }, 'Cahier oublié'), teacher, ports);
    clock.current = new Date('2026-12-07T11:00:00.000Z');
    await postLiaisonNote(note({ kind: 'level', level: '6e' }, 'Photos de classe'), staff, ports);
    await signLiaisonNote(first.id, fatherBoth, ports);
    const father = await listReceivedNotes(fatherBoth, ports);
    expect(father.items.map((item) => [item.title, Boolean(item.signedAt)])).toEqual([
      ['Photos de classe', false],
      ['Cahier oublié', false],
      ['Réunion parents', true],
    ]);
    expect(father.unsignedCount).toBe(2);
    expect((await listReceivedNotes(motherLea, ports)).items.map((item) => item.title)).toEqual([
      'Photos de classe',
      'Réunion parents',
    ]);
    expect((await listReceivedNotes(motherNina, ports)).items.map((item) => item.title)).toEqual([
      'Photos de classe',
    ]);
    const lea = await listReceivedNotes(actor('lea', 'student'), ports);
    expect(lea.items.map((item) => [item.title, item.signable])).toEqual([
      ['Photos de classe', false],
      ['Réunion parents', false],
    ]);
    expect(await refusal(() => listReceivedNotes(teacher, ports))).toBeInstanceOf(AccessDeniedError);
  });
});

describe('who has not signed, and reminders', () => {
  it('the author sees who signed and who has not, by name; the others never see the list', async () => {
    const { ports } = inMemoryLiaisonPorts(school());
    const posted = await postLiaisonNote(note({ kind: 'class', classId: '6a' }), teacher, ports);
    await signLiaisonNote(posted.id, fatherBoth, ports);
    const followed = await readLiaisonNote(posted.id, teacher, ports);
    expect(followed).toMatchObject({
      view: 'author',
      signedCount: 1,
      signed: [{ guardianId: 'father-both', signedAt: '2026-12-07T08:00:00.000Z' }],
      unsigned: [{ guardianId: 'mother-lea', name: 'mother-lea Adulte' }],
      unnamed: { signed: 0, unsigned: 0 },
    });
    expect(await readLiaisonNote(posted.id, motherLea, ports)).toMatchObject({ view: 'received' });
    expect(
      await refusal(() => readLiaisonNote(posted.id, actor('other-prof', 'teacher'), ports)),
    ).toBeInstanceOf(NotFoundError);
    expect((await listWrittenNotes(teacher, ports)).items.map((item) => item.id)).toEqual([posted.id]);
  });

  it('a teacher who no longer teaches the class sees only counts, no names', async () => {
    const setup = school();
    const { ports } = inMemoryLiaisonPorts(setup);
    const posted = await postLiaisonNote(note({ kind: 'class', classId: '6a' }), teacher, ports);
    setup.teaches.prof = [];
    const stored = await ports.notes.get(posted.id);
    if (!stored) throw new Error('stored');
    expect(await followLiaisonNote(stored, teacher, ports)).toMatchObject({
      signed: [],
      unsigned: [],
      unnamed: { signed: 0, unsigned: 2 },
    });
  });

  it('reminds those who have not signed, once a day; again the next day; never when all have signed', async () => {
    const { ports, clock, liaison } = inMemoryLiaisonPorts(school());
    const posted = await postLiaisonNote(note({ kind: 'class', classId: '6a' }), teacher, ports);
    await signLiaisonNote(posted.id, fatherBoth, ports);
    expect(await remindLiaisonNote(posted.id, teacher, ports)).toMatchObject({
      reminded: 1,
      remindedOn: '2026-12-07',
    });
    const reminded = liaison.published.filter((event) => event.detailType === 'LiaisonNoteReminded');
    expect(reminded.map((event) => (event.detail.data as { guardianIds: string[] }).guardianIds)).toEqual([
      ['mother-lea'],
    ]);
    const sameDay = await refusal(() => remindLiaisonNote(posted.id, teacher, ports));
    expect((sameDay as ConflictError).code).toBe('liaison_reminded_today');
    expect(await refusal(() => remindLiaisonNote(posted.id, motherLea, ports))).toBeInstanceOf(NotFoundError);
    clock.current = new Date('2026-12-08T08:00:00.000Z');
    expect(await remindLiaisonNote(posted.id, staff, ports)).toMatchObject({ remindedOn: '2026-12-08' });
    await signLiaisonNote(posted.id, motherLea, ports);
    clock.current = new Date('2026-12-09T08:00:00.000Z');
    expect(((await refusal(() => remindLiaisonNote(posted.id, teacher, ports))) as ConflictError).code).toBe(
      'liaison_all_signed',
    );
  });
});

describe('the demo liaison book', () => {
  it('in every demo school: a note to the class of parent.demo’s child, and one of prof.demo to a class they teach', () => {
    for (const tenant of loadRegistry().schools) {
      const directory = demoDirectory(tenant);
      const idOf = (username: string) => directory.accounts.find((a) => a.username === username)?.personId;
      const notes = demoLiaisonNotes(directory, new Date('2026-12-07T08:00:00.000Z'));
      expect(notes.map(({ note }) => note.author.personId)).toEqual([
        idOf('vie-scolaire.demo'),
        idOf('prof.demo'),
      ]);
      const [outing, equipment] = notes;
      expect(outing?.copies.map((copy) => copy.guardianId)).toContain(idOf('parent.demo'));
      expect(outing?.copies.every((copy) => !copy.signedAt)).toBe(true);
      const taught = equipment?.note.to.kind === 'class' ? equipment.note.to.classId : '';
      expect(directory.teaching).toContainEqual([idOf('prof.demo'), taught]);
      expect(equipment?.note.signedCount).toBe(equipment?.copies.filter((copy) => copy.signedAt).length);
      expect(equipment?.note.signedCount).toBeGreaterThan(0);
      expect(equipment?.note.signedCount).toBeLessThan(equipment?.note.guardianCount ?? 0);
    }
  });
});
