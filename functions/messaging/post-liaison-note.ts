import { newLiaisonNoteSchema } from '#domain/messaging/liaison-note';
import { postLiaisonNote } from '#domain/messaging/post-liaison-note';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody } from '#functions/lib/http-request';
import { liaisonPorts } from './adapters/liaison-ports';

/** A teacher writes to the guardians of their classes and pupils, the school's team to anyone's or a level's. */
export const handler = signedInHandler(async (event, actor) => {
  const input = parseJsonBody(event, newLiaisonNoteSchema);
  return { status: 201, body: await postLiaisonNote(input, actor, liaisonPorts) };
});
