import * as z from 'zod/mini';
import type { Actor } from '#domain/identity/actor';
import { authorize, type Relations } from '#domain/identity/authorize';
import { type Audience, audienceListSchema } from './audience';
import { decideAudiences, type WhoMayWritePorts } from './check-recipients';
import {
  type MessagingSettings,
  type MessagingSettingsInput,
  type MessagingSettingsStore,
  validMessagingSettings,
} from './messaging-settings';
import { defaultWhoMayWrite, grantsFor, type WriteRefusal } from './who-may-write';

export interface MessagingSettingsPorts {
  relations: Relations;
  settings: MessagingSettingsStore;
  clock: { now(): Date };
}

/** The settings, with what the page needs to show them: the default table and the grants each profile may hold. */
const withReference = (settings: MessagingSettings) => ({
  settings,
  defaults: defaultWhoMayWrite,
  grantsFor,
});

export const readMessagingSettings = async (actor: Actor, ports: MessagingSettingsPorts) => {
  await authorize(actor, 'messaging:configure', { kind: 'school' }, ports.relations);
  return withReference(await ports.settings.read());
};

/** A school's administrator changes the table (within the national rule), the reply-all limit or the retention. */
export const changeMessagingSettings = async (
  actor: Actor,
  input: MessagingSettingsInput,
  ports: MessagingSettingsPorts,
) => {
  await authorize(actor, 'messaging:configure', { kind: 'school' }, ports.relations);
  const settings = validMessagingSettings(input);
  await ports.settings.save(settings, actor.personId, ports.clock.now().toISOString());
  return withReference(settings);
};

/** The recipients and lists to check, as the compose page names them. */
export const checkAudiencesSchema = z.strictObject({ audiences: audienceListSchema });

/** Person by person, list by list: whether the asker may write to each, and why not. */
export const checkAudiences = async (
  actor: Actor,
  audiences: readonly Audience[],
  ports: WhoMayWritePorts,
): Promise<{ audience: Audience; allowed: boolean; reason?: WriteRefusal }[]> =>
  (await decideAudiences(actor, audiences, ports)).map(({ audience, decision }) =>
    decision.allowed ? { audience, allowed: true } : { audience, allowed: false, reason: decision.reason },
  );
