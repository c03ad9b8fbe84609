import { readMessagingSettings } from '#domain/messaging/messaging-settings-use-cases';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { messagingSettingsPorts } from './adapters/audience-ports';

export const handler = signedInHandler(async (_event, actor) => ({
  status: 200,
  body: await readMessagingSettings(actor, messagingSettingsPorts),
}));
