import { checkAudiences, checkAudiencesSchema } from '#domain/messaging/messaging-settings-use-cases';
import { parseJsonBody } from '#functions/lib/http-request';
import { audiencePorts } from './adapters/audience-ports';
import { messagingHandler } from './adapters/messaging-handler';

/** Person by person, list by list: whether the asker may write to each, and the reason's code when not. */
export const handler = messagingHandler(async (event, actor) => {
  const { audiences } = parseJsonBody(event, checkAudiencesSchema);
  return { status: 200, body: { decisions: await checkAudiences(actor, audiences, audiencePorts) } };
});
