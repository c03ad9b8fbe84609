import { authorize } from '#domain/identity/authorize';
import { NotFoundError } from '#domain/shared/errors';
import { requireEnv } from '#functions/lib/env';
import { pathParameter } from '#functions/lib/http-request';
import { directory } from '#functions/people/adapters/directory';
import { functionEnvironment } from '#infra/definitions/environment';
import { batchDocuments } from './adapters/batch-documents';
import { dynamoBatchStore } from './adapters/dynamo-batch-store';
import { signedInHandler } from './adapters/signed-in-handler';

const batches = dynamoBatchStore(requireEnv(functionEnvironment.tableName));
const documents = batchDocuments(requireEnv(functionEnvironment.documentsBucket));

/** A batch made earlier, with fresh download links, while its codes still work. */
export const handler = signedInHandler(async (event, actor) => {
  const batchId = pathParameter(event, 'batchId');
  const batch = await batches.find(batchId);
  const concerns = batch?.scope.scope === 'school-admins' ? 'school-admins' : 'anyone';
  await authorize(actor, 'accounts:issue-codes', { kind: 'accounts', concerns }, directory);
  if (!batch || Date.parse(batch.expiresAt) <= Date.now())
    throw new NotFoundError('activation batch', batchId);
  return { status: 200, body: { ...batch, ...(await documents.links(batch.batchId, batch.createdAt)) } };
});
