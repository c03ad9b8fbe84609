import { readLiaisonNote } from '#domain/messaging/read-liaison-notes';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { pathParameter } from '#functions/lib/http-request';
import { liaisonPorts } from './adapters/liaison-ports';

/** Its author follows who signed; the guardian it went to and the pupil it is about read it; others, 404. */
export const handler = signedInHandler(async (event, actor) => {
  const noteId = pathParameter(event, 'noteId');
  return { status: 200, body: await readLiaisonNote(noteId, actor, liaisonPorts) };
});
