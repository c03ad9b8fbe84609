import type { SchoolUnderTest } from './school-under-test';

/** Polls an import job until it reaches one of the statuses, as the portal's progress bar does. */
export const waitForJob = async (request: SchoolUnderTest['request'], jobId: string, statuses: string[]) => {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    const { body } = await request('GET', `/api/imports/${jobId}`);
    if (statuses.includes(body.status)) return body;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Import ${jobId} never reached ${statuses.join(' or ')}`);
};
