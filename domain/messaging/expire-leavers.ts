import type { Clock } from '#domain/shared/ports';

/** How long a leaver's messages stay before DynamoDB's TTL removes them: three months (the ENT regulation). */
export const leaverRetentionDays = 90;

export interface Leaver {
  personId: string;
  /** When the person was retired: the audit entry's instant. */
  at: string;
}

export interface LeaversPorts {
  /** Where the last run stopped: the instant of the last leaver it handled. */
  cursor: { read(): Promise<string | undefined>; save(at: string): Promise<void> };
  /** The people retired after `after` (all, when undefined), oldest first: the audit trail's `person.retired` entries. */
  leaversAfter(after: string | undefined): Promise<Leaver[]>;
  /**
   * Brings forward the expiry of the person's messaging items to `expiresAt`: their inbox copies, a mute, their
   * copies of liaison notes, their notifications (feed, counts, choices, push subscriptions, digest).
   */
  expireMessagingDataOf(personId: string, expiresAt: number): Promise<number>;
  clock: Clock;
}

/**
 * The daily job of the leavers: whoever was retired since the last run has their messaging data removed by TTL
 * three months from now (an expiry already sooner is kept). Access ends at once anyway (`left_school`). Leavers
 * are found by key, in the audit trail's index of actions, never by a scan.
 */
export const expireLeaversMessages = async (ports: LeaversPorts) => {
  const leavers = await ports.leaversAfter(await ports.cursor.read());
  const expiresAt = Math.floor(ports.clock.now().getTime() / 1000) + leaverRetentionDays * 86_400;
  let items = 0;
  for (const leaver of leavers) {
    items += await ports.expireMessagingDataOf(leaver.personId, expiresAt);
    await ports.cursor.save(leaver.at);
  }
  return { leavers: leavers.length, items };
};
