import { type Actor, fullName } from '#domain/identity/actor';
import { scopesHeld } from '#domain/identity/rights';
import { ConflictError, NotFoundError } from '#domain/shared/errors';
import { mayStillWriteTo } from './liaison-audience';
import { remindedEvents } from './liaison-events';
import type { LiaisonNote } from './liaison-note';
import type { LiaisonPorts } from './liaison-ports';

/** Whether the actor follows this note: its author, or the school's team. */
export const followsNote = (note: LiaisonNote, actor: Actor) =>
  note.author.personId === actor.personId ||
  scopesHeld('messaging:liaison-follow', actor.profiles).has('any');

/** The note as its author follows it; to anyone else it does not exist. */
export const requireFollowedNote = async (
  noteId: string,
  actor: Actor,
  ports: Pick<LiaisonPorts, 'notes'>,
) => {
  const note = await ports.notes.get(noteId);
  if (!note || !followsNote(note, actor)) throw new NotFoundError('liaison note', noteId);
  return note;
};

export interface SignatureLine {
  guardianId: string;
  name: string;
  signedAt?: string;
}

/**
 * Who has signed and who has not: by name, for the guardians the reader may read (the team, or a teacher who
 * still teaches the class or pupil); the others only counted. Copies the fan-out has not written yet are counted
 * apart.
 */
export const followLiaisonNote = async (note: LiaisonNote, actor: Actor, ports: LiaisonPorts) => {
  const copies = await ports.notes.copies(note.id);
  const namesShown =
    scopesHeld('messaging:liaison-follow', actor.profiles).has('any') ||
    (await mayStillWriteTo(note.to, actor, ports));
  const people = namesShown ? await ports.directory.people(copies.map((copy) => copy.guardianId)) : [];
  const nameOf = new Map(people.map((person) => [person.personId, fullName(person)]));
  const lines = copies
    .filter((copy) => nameOf.has(copy.guardianId))
    .map((copy) => ({
      guardianId: copy.guardianId,
      name: nameOf.get(copy.guardianId) as string,
      ...(copy.signedAt && { signedAt: copy.signedAt }),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  const signedCount = copies.filter((copy) => copy.signedAt).length;
  return {
    ...note,
    signedCount,
    signed: lines.filter((line) => line.signedAt),
    unsigned: lines.filter((line) => !line.signedAt),
    /** Signed and unsigned guardians the reader may not read by name. */
    unnamed: {
      signed: signedCount - lines.filter((line) => line.signedAt).length,
      unsigned: copies.length - signedCount - lines.filter((line) => !line.signedAt).length,
    },
    /** Copies the fan-out is still writing. */
    pending: Math.max(0, note.guardianCount - copies.length),
    remindedToday: note.remindedOn === ports.today(),
  };
};

/**
 * The author (or the school's team) reminds the guardians who have not signed, at most once a day per note:
 * 1. the guardians without a signature, from the note's copies;
 * 2. today's reminder is recorded on the note on condition that none is recorded today, with its events (one per
 *    100 guardians) in the same transaction, so two reminders at once send one.
 */
export const remindLiaisonNote = async (noteId: string, actor: Actor, ports: LiaisonPorts) => {
  const note = await requireFollowedNote(noteId, actor, ports);
  const unsigned = (await ports.notes.copies(noteId)).filter((copy) => !copy.signedAt);
  if (unsigned.length === 0)
    throw new ConflictError('liaison_all_signed', 'Every guardian has signed this note');
  const today = ports.today();
  const at = ports.clock.now().toISOString();
  const events = remindedEvents(
    note,
    unsigned.map((copy) => copy.guardianId),
    at,
    ports,
  );
  if (!(await ports.notes.remind(noteId, today, events)))
    throw new ConflictError(
      'liaison_reminded_today',
      'This note was reminded today already: once a day at most',
    );
  return { noteId, remindedOn: today, reminded: unsigned.length };
};
