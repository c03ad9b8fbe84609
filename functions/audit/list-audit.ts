import { auditQuerySchema } from '#domain/audit/audit-query';
import { listAudit } from '#domain/audit/audit-trail';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseQuery } from '#functions/lib/http-request';
import { auditReadPorts } from './adapters/audit-ports';

export const handler = signedInHandler(async (event, actor) => {
  const query = parseQuery(event, auditQuerySchema);
  return { status: 200, body: await listAudit(actor, query, auditReadPorts) };
});
