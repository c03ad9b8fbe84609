import type { BatchDirectory } from '#domain/identity/issue-activation-codes';
import type { GuardianAudiencePort } from '#domain/messaging/liaison-ports';
import { isRetired } from '#domain/people/person';

/** Guardians' look-ups in flight at once: a level's 300 pupils take a few rounds, not 300 in a row. */
const concurrency = 16;

const eachLimited = async <T, R>(items: readonly T[], run: (item: T) => Promise<R>) => {
  const results: R[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next] as T;
      next += 1;
      results.push(await run(item));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
};

/**
 * The guardians of a pupil, a class or a level, read from the directory: its pupils (a class's roster, each class
 * of the level), then each pupil's guardians, each once, those who left the school left out. The liaison book's
 * own reading of the audiences until the messages' `AudiencePort` replaces it, with the same answer.
 */
export const directoryGuardians = (directory: BatchDirectory): GuardianAudiencePort => ({
  async membersOf(audience) {
    const pupilIds =
      audience.kind === 'pupil-guardians'
        ? [audience.personId]
        : (
            await Promise.all(
              (audience.kind === 'class-guardians'
                ? [audience.classId]
                : await directory.classesOfLevel(audience.level)
              ).map((classId) => directory.studentsOf(classId)),
            )
          )
            .flat()
            .filter((pupil) => !isRetired(pupil))
            .map((pupil) => pupil.personId);
    const guardianIds = [
      ...new Set((await eachLimited([...new Set(pupilIds)], directory.guardiansOf)).flat()),
    ];
    const guardians = await directory.people(guardianIds);
    return guardians.filter((guardian) => !isRetired(guardian)).map((guardian) => guardian.personId);
  },
});
