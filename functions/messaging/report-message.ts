import { reportInputSchema, reportMessage } from '#domain/messaging/report-message';
import { parseJsonBody, pathParameter } from '#functions/lib/http-request';
import { safetyPorts } from './adapters/audience-ports';
import { messagingHandler } from './adapters/messaging-handler';

/** A recipient reports a message to the school's administrators: 201, 409 `already_reported`, 404 if not theirs. */
export const handler = messagingHandler(async (event, actor) => {
  const messageId = pathParameter(event, 'messageId');
  const input = parseJsonBody(event, reportInputSchema);
  const report = await reportMessage(actor, messageId, input, safetyPorts);
  return { status: 201, body: report };
});
