import {
  importChunkRequested,
  importRequested,
  importsSource,
  schoolYearSwitchRequested,
} from '#events/imports/import-events';
import type { ModuleBus } from './bus-target';

export const importsBus: ModuleBus = {
  module: 'imports',
  rules: [
    {
      name: 'run-import-jobs',
      description:
        'Checks or applies an import job: reads its files, compares them with the directory, writes',
      pattern: { source: [importsSource], 'detail-type': [importRequested.detailType] },
      // A town's SIECLE export: some 30,000 people to compare and, the first time, to write.
      target: {
        handler: 'imports/run-import-job',
        needs: { table: 'readWrite', documents: 'readWrite' },
        timeoutSeconds: 900,
      },
    },
    {
      name: 'run-import-chunks',
      description: 'Writes one chunk of an applied import job, counts it once, and asks for the next',
      pattern: { source: [importsSource], 'detail-type': [importChunkRequested.detailType] },
      // A chunk is some 250 plan entries (about 1,000 puts): seconds, far within this limit.
      target: {
        handler: 'imports/run-import-chunk',
        needs: { table: 'readWrite', documents: 'read' },
        timeoutSeconds: 120,
      },
    },
    {
      name: 'switch-school-years',
      description: 'Moves the school to next year: writes the imports prepared for it',
      pattern: { source: [importsSource], 'detail-type': [schoolYearSwitchRequested.detailType] },
      target: {
        handler: 'imports/switch-school-year',
        needs: { table: 'readWrite', documents: 'read' },
        timeoutSeconds: 900,
      },
    },
  ],
};
