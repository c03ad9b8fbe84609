import { auditQuerySchema } from '../../domain/audit/audit-query';
import { listAudit } from '../../domain/audit/audit-trail';
import { parseQuery } from '../lib/http-request';
import { signedInHandler } from '../lib/signed-in-handler';
import { auditReadPorts } from './adapters/audit-ports';

export const handler = signedInHandler(async (event, actor) => {
  const query = parseQuery(event, auditQuerySchema);
  return { status: 200, body: await listAudit(actor, query, auditReadPorts) };
});
