import { deliverLiaisonNote } from '#domain/messaging/post-liaison-note';
import { liaisonNotePosted } from '#events/messaging/liaison-events';
import { eventHandler } from '#functions/lib/event-handler';
import { log } from '#functions/lib/logger';
import { liaisonPorts } from './adapters/liaison-ports';

/** Target of the bus rule `deliver-liaison-notes`: writes the copies of one event's guardians that are missing. */
export const handler = eventHandler(liaisonNotePosted, async ({ data }) => {
  const { written, found } = await deliverLiaisonNote(data.noteId, data.guardianIds, liaisonPorts);
  log.info('Liaison note delivered', {
    noteId: data.noteId,
    guardians: data.guardianIds.length,
    written,
    found,
  });
});
