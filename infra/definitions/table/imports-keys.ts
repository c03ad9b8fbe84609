import { keyPrefixes } from './key-prefixes';

/**
 * Import jobs, spreadsheet mappings and the school years in the school table.
 *
 * | pattern                                  | key condition                                          | index |
 * |------------------------------------------|--------------------------------------------------------|-------|
 * | an import job                            | PK = IMPORT#<jobId>, SK = JOB                          | table |
 * | a spreadsheet source's column mapping    | PK = MAPPING#<source key>, SK = MAPPING                | table |
 * | the school years (current, next)         | PK = SCHOOL-YEARS, SK = SCHOOL-YEARS                   | table |
 */
export const importsKeyPrefixes = keyPrefixes('imports', {
  partitions: ['IMPORT#', 'MAPPING#', 'SCHOOL-YEARS'],
});

export const importKeys = {
  job: (jobId: string) => ({ PK: `IMPORT#${jobId}`, SK: 'JOB' }),
  mapping: (sourceKey: string) => ({ PK: `MAPPING#${sourceKey}`, SK: 'MAPPING' }),
  schoolYears: () => ({ PK: 'SCHOOL-YEARS', SK: 'SCHOOL-YEARS' }),
};
