import type { Actor } from '#domain/identity/actor';
import { type Audience, type AudiencePort, audienceId, membersOfAll } from './audience';
import { LeftSchoolError, WriteRefusedError } from './audience-errors';
import type { MessagingSettings } from './messaging-settings';
import {
  decideWrite,
  type PersonTies,
  repliesToSenderOnly,
  type TiesPort,
  type WriteDecision,
} from './who-may-write';

export interface WhoMayWritePorts {
  ties: TiesPort;
  settings: { read(): Promise<MessagingSettings> };
}

/** The writer's ties, or a refusal when they left the school (retired: no messages any more). */
export const writerTies = async (actor: Pick<Actor, 'personId'>, ties: TiesPort): Promise<PersonTies> => {
  const writer = await ties.tiesOf(actor.personId);
  if (!writer) throw new LeftSchoolError();
  return writer;
};

/** The ties each audience needs the rule to know: the person written to, or the pupil whose guardians are. */
const targetOf = (audience: Audience) =>
  audience.kind === 'person' || audience.kind === 'pupil-guardians' ? audience.personId : undefined;

/** The decision for each audience, in order: one read of the writer, of the settings, and of each person named. */
export const decideAudiences = async (
  actor: Pick<Actor, 'personId'>,
  audiences: readonly Audience[],
  ports: WhoMayWritePorts,
): Promise<{ audience: Audience; decision: WriteDecision }[]> => {
  const [writer, settings] = await Promise.all([writerTies(actor, ports.ties), ports.settings.read()]);
  const targetIds = [...new Set(audiences.map(targetOf).filter((id): id is string => id !== undefined))];
  const targets = new Map(
    await Promise.all(targetIds.map(async (id) => [id, await ports.ties.tiesOf(id)] as const)),
  );
  return audiences.map((audience) => {
    const targetId = targetOf(audience);
    const target = targetId === undefined ? undefined : targets.get(targetId);
    return { audience, decision: decideWrite(writer, audience, target, settings.whoMayWrite) };
  });
};

/**
 * What a message's sender calls before sending (H1's send): refuses the first audience the writer may not write
 * to, else resolves the audiences to their people (the sender left out) and says whether replies go to the sender
 * only.
 * 1. Decide every audience under the school's table and the national rule.
 * 2. Resolve the lists to person ids, each once.
 * 3. Replies to all only within a class's size.
 */
export const resolveRecipients = async (
  actor: Pick<Actor, 'personId'>,
  audiences: readonly Audience[],
  ports: WhoMayWritePorts & { audience: AudiencePort },
): Promise<{ recipientIds: string[]; repliesToSenderOnly: boolean; audienceIds: string[] }> => {
  const decisions = await decideAudiences(actor, audiences, ports);
  const refused = decisions.find(({ decision }) => !decision.allowed);
  if (refused && !refused.decision.allowed)
    throw new WriteRefusedError(refused.audience, refused.decision.reason);
  const [members, settings] = await Promise.all([
    membersOfAll(audiences, ports.audience),
    ports.settings.read(),
  ]);
  const recipientIds = members.filter((id) => id !== actor.personId);
  return {
    recipientIds,
    repliesToSenderOnly: repliesToSenderOnly(audiences, recipientIds.length, settings.replyAllLimit),
    audienceIds: audiences.map(audienceId),
  };
};
