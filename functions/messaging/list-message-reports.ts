import { listReports } from '#domain/messaging/report-message';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { safetyPorts } from './adapters/audience-ports';

export const handler = signedInHandler(async (_event, actor) => ({
  status: 200,
  body: { reports: await listReports(actor, safetyPorts) },
}));
