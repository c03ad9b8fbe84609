import { applyImportSchema, newImportSchema } from '#domain/imports/import-input';
import { apiModule, get, post, read, write } from './route';

// biome-ignore format: one line a route, the index of the module
export const importsRoutes = apiModule('imports', 'Directory imports (SIECLE, STSWEB, OneRoster, spreadsheets), school years, the OneRoster export', [
  // The whole directory is read: some 30,000 people for a town's schools.
  post('/api/exports/oneroster', 'imports/export-oneroster', { service: 'exports', needs: { table: 'read', documents: 'readWrite' }, answers: [201], timeoutSeconds: 29, summary: 'Exports the directory as a OneRoster 1.2 CSV bundle (zip): a download link' }),
  get('/api/school-years', 'imports/get-school-years', { needs: read, summary: 'The current school year, and the next one while it is prepared from imports' }),
  post('/api/school-years/switch', 'imports/request-year-switch', { needs: write, answers: [202], summary: 'Moves the school to the next year: the imports prepared for it are written' }),
  post('/api/imports', 'imports/create-import', { needs: { table: 'readWrite', documents: 'readWrite' }, body: newImportSchema, answers: [201], summary: 'Starts an import job (SIECLE, STSWEB, OneRoster, spreadsheet): one upload link per file' }),
  post('/api/imports/{jobId}/dry-run', 'imports/request-dry-run', { needs: write, answers: [202], summary: 'Checks an import: what it would create, update and retire, and the problems, writing nothing' }),
  post('/api/imports/{jobId}/apply', 'imports/request-apply', { needs: write, body: applyImportSchema, bodyOptional: true, answers: [202], summary: 'Applies a checked import; a job that stopped half-way finishes without duplicates' }),
  get('/api/imports/{jobId}', 'imports/get-import', { needs: read, summary: 'An import job: its status, progress, summary and problems' }),
]);
