import { auditSettingsSchema } from '#domain/audit/audit-settings';
import { changeAuditSettings } from '#domain/audit/audit-settings-use-cases';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody } from '#functions/lib/http-request';
import { auditSettingsPorts } from './adapters/audit-ports';

export const handler = signedInHandler(async (event, actor) => {
  const settings = parseJsonBody(event, auditSettingsSchema);
  return { status: 200, body: await changeAuditSettings(actor, settings, auditSettingsPorts) };
});
