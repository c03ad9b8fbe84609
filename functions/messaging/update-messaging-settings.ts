import { messagingSettingsSchema } from '#domain/messaging/messaging-settings';
import { changeMessagingSettings } from '#domain/messaging/messaging-settings-use-cases';
import { parseJsonBody } from '#functions/lib/http-request';
import { messagingSettingsPorts } from './adapters/audience-ports';
import { messagingHandler } from './adapters/messaging-handler';

/** 400 `national_rule` or `grant_not_applicable` for a table the national rule does not allow; nothing saved then. */
export const handler = messagingHandler(async (event, actor) => {
  const input = parseJsonBody(event, messagingSettingsSchema);
  return { status: 200, body: await changeMessagingSettings(actor, input, messagingSettingsPorts) };
});
