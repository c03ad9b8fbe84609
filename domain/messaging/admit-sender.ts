import type { Actor } from '#domain/identity/actor';
import { RefusedError, TooManyAttemptsError } from '#domain/shared/errors';

/** The school's administrators muted this person: they read their messages but send none (403). */
export class MutedError extends RefusedError {
  constructor() {
    super('muted', 'The school has suspended your sending of messages');
    this.name = 'MutedError';
  }
}

/** How many messages a person sends in an hour at most: a class's day of questions, not a flood. */
export const sendsPerHour = { default: 30, staff: 200 } as const;

const staffSide = new Set(['staff', 'school-admin']);

export const sendLimitOf = (actor: Pick<Actor, 'profiles'>) =>
  actor.profiles.some((profile) => staffSide.has(profile)) ? sendsPerHour.staff : sendsPerHour.default;

/** What the gate of sending stores: the mutes, and a counter per person and hour held by a conditional write. */
export interface SenderGate {
  muting(personId: string): Promise<Muting | undefined>;
  /**
   * Counts one send in the person's hour, unless the count has reached `limit`: false then, and nothing written.
   * The counter expires after `expiresAt` (epoch seconds).
   */
  countSend(personId: string, hour: string, limit: number, expiresAt: number): Promise<boolean>;
}

export interface Muting {
  personId: string;
  mutedBy: string;
  mutedAt: string;
  reason?: string;
}

/** The hour an instant falls in, in UTC: `2026-12-07T08`. */
export const hourOf = (now: Date) => now.toISOString().slice(0, 13);

/**
 * What a message's send calls first (H1's send, H3's notes): refuses a muted person, then counts the send in the
 * person's hour and refuses it beyond the limit, with the seconds to wait (429). The counter is a conditional
 * write: two sends at once never both pass the last place.
 */
export const admitSender = async (
  actor: Pick<Actor, 'personId' | 'profiles'>,
  now: Date,
  gate: SenderGate,
) => {
  if (await gate.muting(actor.personId)) throw new MutedError();
  const hourEnd = (Math.floor(now.getTime() / 3_600_000) + 1) * 3_600;
  const admitted = await gate.countSend(actor.personId, hourOf(now), sendLimitOf(actor), hourEnd + 86_400);
  if (!admitted) throw new TooManyAttemptsError(Math.max(1, hourEnd - Math.floor(now.getTime() / 1000)));
};
