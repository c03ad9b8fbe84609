import type { ImportJob } from '#domain/imports/import-job';

/** A job as the portal reads it: problems flattened to table rows. */
export const importJobBody = ({ version: _version, problems, ...job }: ImportJob) => ({
  ...job,
  problems: problems.map(({ at, ...problem }) => ({ ...problem, ...at })),
});
