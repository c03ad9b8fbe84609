import { withdrawMessage } from '#domain/messaging/report-message';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { pathParameter } from '#functions/lib/http-request';
import { safetyPorts } from './adapters/audience-ports';

/** Withdraws a message from every inbox, at once: its readers see « Message retiré par l’établissement ». */
export const handler = signedInHandler(async (event, actor) => ({
  status: 200,
  body: await withdrawMessage(actor, pathParameter(event, 'messageId'), safetyPorts),
}));
