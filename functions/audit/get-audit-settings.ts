import { readAuditSettings } from '#domain/audit/audit-settings-use-cases';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { auditSettingsPorts } from './adapters/audit-ports';

export const handler = signedInHandler(async (_event, actor) => ({
  status: 200,
  body: await readAuditSettings(actor, auditSettingsPorts),
}));
