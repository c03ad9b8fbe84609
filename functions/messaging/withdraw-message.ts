import { withdrawMessage } from '#domain/messaging/report-message';
import { pathParameter } from '#functions/lib/http-request';
import { safetyPorts } from './adapters/audience-ports';
import { messagingHandler } from './adapters/messaging-handler';

/** Withdraws a message from every inbox, at once: its readers see « Message retiré par l’établissement ». */
export const handler = messagingHandler(async (event, actor) => ({
  status: 200,
  body: await withdrawMessage(actor, pathParameter(event, 'messageId'), safetyPorts),
}));
