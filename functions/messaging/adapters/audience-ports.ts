import { randomUUID } from 'node:crypto';
import type { AudiencePort } from '#domain/messaging/audience';
import type { AudienceOptionsPorts } from '#domain/messaging/audience-options';
import type { MessagingSettingsPorts } from '#domain/messaging/messaging-settings-use-cases';
import type { MutingPorts } from '#domain/messaging/mute-sender';
import type { SafetyPorts } from '#domain/messaging/report-message';
import { requireEnv } from '#functions/lib/env';
import { directory } from '#functions/people/adapters/directory';
import { functionEnvironment } from '#infra/definitions/environment';
import { dynamoAudience } from './dynamo-audience';
import { dynamoInbox, dynamoMessages } from './dynamo-messages';
import { dynamoMessagingSettings } from './dynamo-messaging-settings';
import { dynamoReports } from './dynamo-reports';
import { dynamoSenderGate } from './dynamo-sender-gate';

const tableName = requireEnv(functionEnvironment.tableName);
const audience = dynamoAudience(tableName);
const settings = dynamoMessagingSettings(tableName);
const clock = { now: () => new Date() };

/**
 * Who may write to whom, on the school's table: the audience, the ties of people, the school's settings, and the
 * classes the compose page offers. H1's send calls `resolveRecipients(actor, audiences, audiencePorts)`.
 */
export const audiencePorts: AudienceOptionsPorts & { audience: AudiencePort } = {
  audience,
  ties: audience,
  settings,
  classes: (classIds) => directory.schoolClasses(classIds),
};

export const messagingSettingsPorts: MessagingSettingsPorts = { relations: directory, settings, clock };

/** The gate every send goes through first: `admitSender(actor, new Date(), senderGate)`. */
export const senderGate = dynamoSenderGate(tableName);

export const mutingPorts: MutingPorts = {
  relations: directory,
  people: (personIds) => directory.people(personIds),
  mutings: senderGate,
  clock,
};

/** Reports and withdrawals: the message as H1 stores it, the reports beside it. */
export const safetyPorts: SafetyPorts = {
  relations: directory,
  ties: audience,
  messages: dynamoMessages(tableName),
  heads: (messageIds) => dynamoInbox(tableName).heads(messageIds),
  reports: dynamoReports(tableName),
  people: (personIds) => directory.people(personIds),
  mutings: () => senderGate.mutings(),
  clock,
  newId: randomUUID,
  school: { schoolId: requireEnv(functionEnvironment.schoolId) },
};
