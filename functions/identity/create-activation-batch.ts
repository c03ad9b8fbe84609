import { randomUUID } from 'node:crypto';
import { batchScopeSchema } from '#domain/identity/credentials-input';
import { issueActivationCodes } from '#domain/identity/issue-activation-codes';
import { ValidationError } from '#domain/shared/errors';
import { requireEnv } from '#functions/lib/env';
import { parseJsonBody } from '#functions/lib/http-request';
import { schoolFromEnvironment, schoolLetterheadFromEnvironment } from '#functions/lib/school-environment';
import type { SignedInEvent } from '#functions/lib/signed-in-handler';
import { directory } from '#functions/people/adapters/directory';
import { functionEnvironment } from '#infra/definitions/environment';
import { batchDocuments } from './adapters/batch-documents';
import { dynamoBatchStore } from './adapters/dynamo-batch-store';
import { dynamoUsernames } from './adapters/dynamo-usernames';
import { signedInHandler } from './adapters/signed-in-handler';
import { renderActivationCodesCsv } from './letters/activation-codes-csv';

const tableName = requireEnv(functionEnvironment.tableName);
const school = { ...schoolFromEnvironment(), ...schoolLetterheadFromEnvironment() };
const documents = batchDocuments(requireEnv(functionEnvironment.documentsBucket));
const ports = {
  directory,
  usernames: dynamoUsernames(tableName),
  batches: dynamoBatchStore(tableName),
  clock: { now: () => new Date() },
  newId: randomUUID,
};

export const handler = signedInHandler(async (event, actor) => {
  const scope = parseJsonBody(event, batchScopeSchema);
  const { batch, letters, context } = await issueActivationCodes(actor, scope, {
    ...ports,
    school: {
      name: school.name,
      timeZone: school.timeZone,
      activationUrl: activationUrlOf(event),
      address: school.address,
      signatory: school.signatory,
    },
  });
  // pdfkit is most of this bundle: evaluated when letters are made, not at every cold start.
  const { renderActivationLettersPdf } = await import('./letters/activation-letters-pdf');
  const csv = renderActivationCodesCsv(letters, context);
  const pdf = await renderActivationLettersPdf(letters, context);
  await documents.store(batch.batchId, { csv, pdf });
  return {
    status: 201,
    body: { ...batch, ...(await documents.links(batch.batchId, batch.createdAt)) },
    headers: { location: `/api/activation-batches/${batch.batchId}` },
  };
});

/**
 * The letters send people to the portal the administrator is using: the page's origin, which the browser sets on
 * every POST. Only an https origin (or localhost, for the local platform) is printed.
 */
const activationUrlOf = (event: SignedInEvent) => {
  const origin = event.headers.origin ?? '';
  const isPortal =
    /^https:\/\/[a-z0-9.-]+(?::\d+)?$/i.test(origin) || /^http:\/\/localhost(?::\d+)?$/.test(origin);
  if (!isPortal) throw new ValidationError('Origin', 'must be the address of the school portal');
  return `${origin}/activation`;
};
