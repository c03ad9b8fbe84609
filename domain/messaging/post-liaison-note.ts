import { type Actor, fullName } from '#domain/identity/actor';
import { ConflictError } from '#domain/shared/errors';
import { checkTarget } from './liaison-audience';
import { postedEvents } from './liaison-events';
import { copiesWrittenInRequest, type LiaisonNote, type NewLiaisonNote } from './liaison-note';
import type { LiaisonPorts } from './liaison-ports';

/**
 * A teacher or the school posts a note to the guardians of a pupil, a class or a level:
 * 1. the actor must be allowed to write to that pupil, class or level (`checkTarget`);
 * 2. its guardians are resolved now, each once, and kept with the note as its copies;
 * 3. the note is stored with its events (one per 100 guardians), in one transaction;
 * 4. up to 100 copies are written here; a larger audience's by the bus's fan-out (`deliverLiaisonNote`), which
 *    also completes a request cut short after step 3, so no request runs long and no note stays half-delivered.
 */
export const postLiaisonNote = async (input: NewLiaisonNote, actor: Actor, ports: LiaisonPorts) => {
  const target = await checkTarget(input.to, actor, ports);
  const guardianIds = [...new Set(await ports.audience.membersOf(target.audience))];
  if (guardianIds.length === 0)
    throw new ConflictError('liaison_no_guardians', `No guardian is known for ${target.label}`);
  const note: LiaisonNote = {
    id: ports.newId(),
    title: input.title,
    text: input.text,
    kind: input.kind,
    to: input.to,
    toLabel: target.label,
    author: { personId: actor.personId, name: fullName(actor) },
    postedAt: ports.clock.now().toISOString(),
    guardianCount: guardianIds.length,
    signedCount: 0,
  };
  await ports.notes.add(note, postedEvents(note, guardianIds, ports));
  const delivered = guardianIds.length <= copiesWrittenInRequest;
  if (delivered) await ports.notes.addNewCopies(note, guardianIds);
  return { ...note, delivery: delivered ? 'done' : 'fan-out' };
};

/**
 * The bus's fan-out of a posted note, for one event's guardians (at most 100): writes the copies missing, never
 * one a guardian may have signed. Delivery is at least once: an event read twice writes nothing the second time.
 */
export const deliverLiaisonNote = async (
  noteId: string,
  guardianIds: readonly string[],
  ports: Pick<LiaisonPorts, 'notes'>,
) => {
  const note = await ports.notes.get(noteId);
  if (!note) return { written: 0, found: false };
  return { written: await ports.notes.addMissingCopies(note, guardianIds), found: true };
};
