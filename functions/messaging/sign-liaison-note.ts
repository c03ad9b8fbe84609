import { signLiaisonNote } from '#domain/messaging/sign-liaison-note';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { pathParameter } from '#functions/lib/http-request';
import { liaisonPorts } from './adapters/liaison-ports';

/** « Vu et signé », once per guardian: a second signature is refused with 409 and the time of the first. */
export const handler = signedInHandler(async (event, actor) => {
  const noteId = pathParameter(event, 'noteId');
  return { status: 200, body: await signLiaisonNote(noteId, actor, liaisonPorts) };
});
