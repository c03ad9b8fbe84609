import { newEvent, type OutgoingEvent } from '#events/envelope';
import { liaisonNotePosted, liaisonNoteReminded } from '#events/messaging/liaison-events';
import { chunksOf, guardiansPerEvent, type LiaisonNote } from './liaison-note';
import type { LiaisonPorts } from './liaison-ports';

/** The events of a note to these guardians: one per 100 of them, as the contract bounds its payload. */
const eventsTo = (
  contract: typeof liaisonNotePosted | typeof liaisonNoteReminded,
  note: LiaisonNote,
  guardianIds: readonly string[],
  occurredAt: string,
  ports: Pick<LiaisonPorts, 'school' | 'newId'>,
): OutgoingEvent[] =>
  chunksOf(guardianIds, guardiansPerEvent).map((chunk) =>
    newEvent(
      contract,
      {
        noteId: note.id,
        authorId: note.author.personId,
        authorName: note.author.name,
        title: note.title,
        guardianIds: chunk,
      },
      { schoolId: ports.school.schoolId, newId: ports.newId, occurredAt },
    ),
  );

export const postedEvents = (
  note: LiaisonNote,
  guardianIds: readonly string[],
  ports: Pick<LiaisonPorts, 'school' | 'newId'>,
) => eventsTo(liaisonNotePosted, note, guardianIds, note.postedAt, ports);

export const remindedEvents = (
  note: LiaisonNote,
  guardianIds: readonly string[],
  at: string,
  ports: Pick<LiaisonPorts, 'school' | 'newId'>,
) => eventsTo(liaisonNoteReminded, note, guardianIds, at, ports);
