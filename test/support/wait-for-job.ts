import type { SchoolUnderTest } from './school-under-test';

/**
 * Polls an import job until it reaches one of the statuses, as the portal's progress bar does: for 5 minutes at
 * most, a bound only a hung job reaches, even on a busy machine.
 */
export const waitForJob = async (request: SchoolUnderTest['request'], jobId: string, statuses: string[]) => {
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    const { body } = await request('GET', `/api/imports/${jobId}`);
    if (statuses.includes(body.status)) return body;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Import ${jobId} never reached ${statuses.join(' or ')}`);
};
