import type { AudiencePort } from '#domain/messaging/audience';
import type { WhoMayWritePorts } from '#domain/messaging/check-recipients';
import { requireEnv } from '#functions/lib/env';
import { functionEnvironment } from '#infra/definitions/environment';
import { dynamoAudience } from './dynamo-audience';
import { dynamoMessagingSettings } from './dynamo-messaging-settings';

const tableName = requireEnv(functionEnvironment.tableName);
const audience = dynamoAudience(tableName);

/** Who may write to whom, on the school's table: the audience, the ties of people, the school's settings. */
export const audiencePorts: WhoMayWritePorts & { audience: AudiencePort } = {
  audience,
  ties: audience,
  settings: dynamoMessagingSettings(tableName),
};
