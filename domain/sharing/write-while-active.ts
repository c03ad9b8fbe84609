/**
 * How a shared file (a feed's ICS, a mini-site's pages) and the revocation of its record stay final whatever runs
 * at the same moment. Two sides, each in a fixed order:
 *
 * - revocation: (R1) a conditional write turns the record from active to revoked, then (R2) deletes the files;
 * - regeneration, here: (G1) a strongly consistent read finds the record active, (G2) the files are written and
 *   their writes have answered, (G3) a strongly consistent read of the record again, (G4) if it is no longer
 *   active, the files are deleted.
 *
 * Take any write G2, by any regeneration (several may run at once: each follows the same steps). R1 is one atomic
 * write, so the read G3 sees the record either after R1 or before it:
 * - after R1: G4 deletes, and it is issued after G2 has answered, so it removes what G2 wrote;
 * - before R1: then R1, and R2 after it, come after G3, itself after G2 has answered: R2 removes what G2 wrote.
 * (G1 finding the record revoked writes nothing at all.) So every file write that can happen is followed by a
 * delete, and once a revocation has answered, no file of the record remains, nor can one come back: a later G1 or
 * G3 reads the record revoked. S3 reads, writes, deletes and lists are strongly consistent (since December 2020),
 * and s3rver is one process, so "answered before" holds for the object itself.
 *
 * A write that fails is checked the same way before the failure goes up (`write` answers only once each of its
 * writes has answered or failed). What is left: a regeneration killed between G2 and G3 (a Lambda timeout mid-
 * write), or a write the client gave up on that S3 still applies, landing after R2. And the edge never caches
 * shared files (infra/constructs/school-web.ts), so no other copy outlives the delete.
 */
export const writeWhileActive = async ({
  write,
  stillActive,
  remove,
}: {
  /** G2: the caller has read the record active (G1) before. */
  write: () => Promise<void>;
  /** G3: a strongly consistent read of the record. */
  stillActive: () => Promise<boolean>;
  /** G4. */
  remove: () => Promise<void>;
}): Promise<'written' | 'withdrawn'> => {
  try {
    await write();
  } catch (error) {
    // Some files may be written (a site's pages are written side by side): the same check before failing.
    if (!(await stillActive())) await remove();
    throw error;
  }
  if (await stillActive()) return 'written';
  await remove();
  return 'withdrawn';
};
