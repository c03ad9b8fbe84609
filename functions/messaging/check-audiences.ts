import { checkAudiences, checkAudiencesSchema } from '#domain/messaging/messaging-settings-use-cases';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody } from '#functions/lib/http-request';
import { audiencePorts } from './adapters/audience-ports';

/** Person by person, list by list: whether the asker may write to each, and the reason's code when not. */
export const handler = signedInHandler(async (event, actor) => {
  const { audiences } = parseJsonBody(event, checkAudiencesSchema);
  return { status: 200, body: { decisions: await checkAudiences(actor, audiences, audiencePorts) } };
});
