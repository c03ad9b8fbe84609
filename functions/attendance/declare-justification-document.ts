import { randomUUID } from 'node:crypto';
import {
  declareJustificationUpload,
  justificationUploadSchema,
} from '#domain/attendance/justification-documents';
import { requireDeclarer } from '#domain/attendance/justify-absences';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { requireEnv } from '#functions/lib/env';
import { parseJsonBody } from '#functions/lib/http-request';
import { functionEnvironment } from '#infra/definitions/environment';
import { justificationDocuments } from './adapters/justification-documents';

const ports = {
  documents: justificationDocuments(requireEnv(functionEnvironment.tableName)),
  clock: { now: () => new Date() },
  newId: randomUUID,
};

/** A guardian (or staff) declares the document of a reason they are about to give: a signed form to upload it. */
export const handler = signedInHandler(async (event, actor) => {
  const input = parseJsonBody(event, justificationUploadSchema);
  requireDeclarer(actor);
  return { status: 201, body: await declareJustificationUpload(input, actor.personId, ports) };
});
