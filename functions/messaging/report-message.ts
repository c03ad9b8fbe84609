import { reportInputSchema, reportMessage } from '#domain/messaging/report-message';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody, pathParameter } from '#functions/lib/http-request';
import { safetyPorts } from './adapters/audience-ports';

/** A recipient reports a message to the school's administrators: 201, 409 `already_reported`, 404 if not theirs. */
export const handler = signedInHandler(async (event, actor) => {
  const input = parseJsonBody(event, reportInputSchema);
  const report = await reportMessage(actor, pathParameter(event, 'messageId'), input, safetyPorts);
  return { status: 201, body: report };
});
