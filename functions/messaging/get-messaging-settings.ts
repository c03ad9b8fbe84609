import { readMessagingSettings } from '#domain/messaging/messaging-settings-use-cases';
import { messagingSettingsPorts } from './adapters/audience-ports';
import { messagingHandler } from './adapters/messaging-handler';

export const handler = messagingHandler(async (_event, actor) => ({
  status: 200,
  body: await readMessagingSettings(actor, messagingSettingsPorts),
}));
