import { justificationDocumentLink } from '#domain/attendance/justify-absences';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { pathParameter } from '#functions/lib/http-request';
import { absencePorts } from './adapters/absence-ports';

/** A short download link to a reason's document: its declarer and the staff who decide; 404 to anyone else. */
export const handler = signedInHandler(async (event, actor) => {
  const pupilId = pathParameter(event, 'personId');
  const justificationId = pathParameter(event, 'justificationId');
  return {
    status: 200,
    body: await justificationDocumentLink(pupilId, justificationId, actor, {
      ...absencePorts,
      documents: absencePorts.documents as NonNullable<typeof absencePorts.documents>,
    }),
  };
});
