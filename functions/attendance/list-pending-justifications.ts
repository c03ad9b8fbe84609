import { listPendingJustifications } from '#domain/attendance/justify-absences';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { absencePorts } from './adapters/absence-ports';

/** The reasons awaiting vie scolaire's decision, the oldest first. */
export const handler = signedInHandler(async (_event, actor) => ({
  status: 200,
  body: await listPendingJustifications(actor, absencePorts),
}));
