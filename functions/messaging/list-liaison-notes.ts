import { liaisonListQuerySchema } from '#domain/messaging/liaison-note';
import { listReceivedNotes, listWrittenNotes } from '#domain/messaging/read-liaison-notes';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseQuery } from '#functions/lib/http-request';
import { liaisonPorts } from './adapters/liaison-ports';

/** A guardian's notes to sign (first) and signed, a pupil's notes about them; or the notes one wrote. */
export const handler = signedInHandler(async (event, actor) => {
  const { view } = parseQuery(event, liaisonListQuerySchema);
  const body =
    view === 'written'
      ? await listWrittenNotes(actor, liaisonPorts)
      : await listReceivedNotes(actor, liaisonPorts);
  return { status: 200, body };
});
