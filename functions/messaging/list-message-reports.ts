import { listReports } from '#domain/messaging/report-message';
import { safetyPorts } from './adapters/audience-ports';
import { messagingHandler } from './adapters/messaging-handler';

export const handler = messagingHandler(async (_event, actor) => ({
  status: 200,
  body: { reports: await listReports(actor, safetyPorts) },
}));
