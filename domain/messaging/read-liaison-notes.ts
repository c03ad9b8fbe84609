import type { Actor } from '#domain/identity/actor';
import { authorize } from '#domain/identity/authorize';
import { scopesHeld } from '#domain/identity/rights';
import { AccessDeniedError, NotFoundError } from '#domain/shared/errors';
import { followLiaisonNote, followsNote } from './follow-liaison-note';
import { aboutKeyOf } from './liaison-audience';
import type { LiaisonCopy, LiaisonNote } from './liaison-note';
import type { LiaisonPorts } from './liaison-ports';

/** A note as a guardian or a pupil reads it: what it says, from whom, and the guardian's signature. */
export interface ReceivedNote {
  noteId: string;
  title: string;
  text: string;
  kind: LiaisonNote['kind'];
  toLabel: string;
  author: { personId: string; name: string };
  postedAt: string;
  /** Whether the reader signs it: a guardian does, a pupil reads. */
  signable: boolean;
  signedAt?: string;
}

/** How many notes a listing reads: the most recent ones, a school year's worth for a family. */
export const receivedLimit = 100;

const fromCopy = ({ guardianId: _, noteId, ...copy }: LiaisonCopy): ReceivedNote => ({
  noteId,
  ...copy,
  signable: true,
});

const fromNote = (note: LiaisonNote): ReceivedNote => ({
  noteId: note.id,
  title: note.title,
  text: note.text,
  kind: note.kind,
  toLabel: note.toLabel,
  author: note.author,
  postedAt: note.postedAt,
  signable: false,
});

/** The keys of the notes about a pupil: themself, their class, their class's level. */
const aboutKeysOf = async (personId: string, ports: Pick<LiaisonPorts, 'directory'>) => {
  const pupil = await ports.directory.person(personId);
  const schoolClass = pupil?.classId ? await ports.directory.schoolClass(pupil.classId) : undefined;
  return [
    aboutKeyOf({ kind: 'pupil', personId }),
    ...(schoolClass ? [aboutKeyOf({ kind: 'class', classId: schoolClass.classId })] : []),
    ...(schoolClass ? [aboutKeyOf({ kind: 'level', level: schoolClass.level })] : []),
  ];
};

const newestFirst = (a: ReceivedNote, b: ReceivedNote) => b.postedAt.localeCompare(a.postedAt);

/**
 * The notes a guardian received (one query, their copies) and a pupil's notes about themself (one query per
 * pupil, class and level): unsigned first, then newest first, with the count of those to sign for the menu.
 */
export const listReceivedNotes = async (actor: Actor, ports: LiaisonPorts) => {
  await authorize(
    actor,
    'messaging:liaison-read',
    { kind: 'person', personId: actor.personId },
    ports.directory,
  );
  const asGuardian = actor.profiles.includes('guardian')
    ? (await ports.notes.received(actor.personId, receivedLimit)).map(fromCopy)
    : [];
  const asPupil = actor.profiles.includes('student')
    ? (await ports.notes.about(await aboutKeysOf(actor.personId, ports), receivedLimit)).map(fromNote)
    : [];
  const unsigned = asGuardian.filter((note) => !note.signedAt).sort(newestFirst);
  const rest = [...asGuardian.filter((note) => note.signedAt), ...asPupil].sort(newestFirst);
  return { items: [...unsigned, ...rest], unsignedCount: unsigned.length };
};

/** The notes one wrote, newest first, with how many signed: for those who post notes. */
export const listWrittenNotes = async (actor: Actor, ports: LiaisonPorts) => {
  if (scopesHeld('messaging:liaison-post', actor.profiles).size === 0)
    throw new AccessDeniedError(actor.personId, 'messaging:liaison-post', 'liaison notes written', false);
  return { items: await ports.notes.writtenBy(actor.personId, receivedLimit) };
};

/**
 * One note, as the reader may read it: its author and the school's team follow its signatures; the guardian it
 * went to reads it with their signature; a pupil it is about reads it. To anyone else it does not exist.
 */
export const readLiaisonNote = async (noteId: string, actor: Actor, ports: LiaisonPorts) => {
  const note = await ports.notes.get(noteId);
  if (!note) throw new NotFoundError('liaison note', noteId);
  if (followsNote(note, actor))
    return { view: 'author' as const, ...(await followLiaisonNote(note, actor, ports)) };
  if (actor.profiles.includes('guardian')) {
    const copy = await ports.notes.copy(noteId, actor.personId);
    if (copy) return { view: 'received' as const, ...fromCopy(copy) };
  }
  if (actor.profiles.includes('student')) {
    const about = await aboutKeysOf(actor.personId, ports);
    if (about.includes(aboutKeyOf(note.to))) return { view: 'received' as const, ...fromNote(note) };
  }
  throw new NotFoundError('liaison note', noteId);
};
