import { remindLiaisonNote } from '#domain/messaging/follow-liaison-note';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { pathParameter } from '#functions/lib/http-request';
import { liaisonPorts } from './adapters/liaison-ports';

/** The author reminds the guardians who have not signed, once a day at most (409 `liaison_reminded_today`). */
export const handler = signedInHandler(async (event, actor) => {
  const noteId = pathParameter(event, 'noteId');
  return { status: 201, body: await remindLiaisonNote(noteId, actor, liaisonPorts) };
});
