import {
  decisionInputSchema,
  exportQuerySchema,
  justificationInputSchema,
  monthQuerySchema,
  periodQuerySchema,
} from '#domain/attendance/justification';
import { justificationUploadSchema } from '#domain/attendance/justification-documents';
import { dayQuerySchema, registerInputSchema } from '#domain/attendance/register';
import { calendarDateSchema } from '#domain/shared/input-types';
import { apiModule, type FunctionNeeds, get, post, put, read, write } from './route';

const session = { seriesDate: calendarDateSchema };
const day = { date: calendarDateSchema };
const csv = 'text/csv; charset=utf-8';
/** The routes that upload, claim or download a justification's document. */
const documents: FunctionNeeds = { table: 'readWrite', documents: 'readWrite' };
const readDocuments: FunctionNeeds = { table: 'read', documents: 'read' };

// biome-ignore format: one line a route, the index of the module
export const attendanceRoutes = apiModule('attendance', 'The roll call: the register of each course session, taken by its teachers; vie scolaire’s live day; absences, their justifications and counts', [
  // H1 roll call
  get('/api/attendance/my-courses', 'attendance/list-my-courses', { needs: read, query: dayQuerySchema, summary: 'A teacher’s course sessions of a day (today unless said), each with its register taken or not: the « Appel » page' }),
  get('/api/attendance/registers/{activityId}/{seriesDate}', 'attendance/get-register', { needs: read, params: session, summary: 'A course session’s register: its pupils and their marks (all present until taken), its version' }),
  put('/api/attendance/registers/{activityId}/{seriesDate}', 'attendance/take-register', { needs: write, params: session, body: registerInputSchema, summary: 'A teacher of the session (on its day) or vie scolaire saves the register: one transaction with the absences and their events; 412 on a stale version' }),
  get('/api/attendance/days/{date}', 'attendance/get-day', { needs: read, params: day, summary: 'Vie scolaire’s live day: absences per course and per pupil, registers not taken 15 minutes after the start, pupils absent then present' }),
  // H2 absences
  get('/api/attendance/pupils/{personId}/absences', 'attendance/list-pupil-absences', { needs: read, query: periodQuerySchema, summary: 'A pupil’s absences and lateness over a period, where each stands, their justifications and the count in half-days: the pupil, their guardians and teachers, staff' }),
  post('/api/attendance/pupils/{personId}/justifications', 'attendance/declare-justification', { needs: documents, body: justificationInputSchema, answers: [201], summary: 'A guardian declares an absence ahead or justifies one over a span of half-days (reason, note, document): it awaits vie scolaire; a `documentId` names their checked upload, taken once' }),
  post('/api/attendance/justification-documents', 'attendance/declare-justification-document', { needs: documents, body: justificationUploadSchema, answers: [201], summary: 'Declares the document of a reason about to be given (`name`, `contentType` PDF/JPEG/PNG, `size`, 10 MB at most): a signed form to upload it' }),
  get('/api/attendance/pupils/{personId}/justifications/{justificationId}/document', 'attendance/get-justification-document', { needs: readDocuments, summary: 'A short download link to a reason’s document, for its declarer and the staff who decide (404 to anyone else)' }),
  put('/api/attendance/pupils/{personId}/justifications/{justificationId}/decision', 'attendance/decide-justification', { needs: write, body: decisionInputSchema, summary: 'Vie scolaire accepts or refuses a reason, with a word back: once, on the version read (409 already_decided, 412 stale_version)' }),
  get('/api/attendance/justifications', 'attendance/list-pending-justifications', { needs: read, summary: 'The reasons awaiting vie scolaire’s decision, the oldest first' }),
  get('/api/attendance/classes/{classId}/counts', 'attendance/count-class-absences', { needs: read, query: periodQuerySchema, summary: 'A class’s half-days of absence over a period, per pupil and in all, justified or not, lateness apart' }),
  get('/api/attendance/flagged', 'attendance/list-flagged-pupils', { needs: read, query: monthQuerySchema, summary: 'The pupils who reached four unjustified half-days in a month' }),
  // pdfkit runs in a function of its own, apart from the roll call's, whose cold start every teacher waits on.
  get('/api/attendance/registers/{activityId}/{seriesDate}/pdf', 'attendance/get-register-pdf', { service: 'attendance-registers', needs: read, params: session, download: 'application/pdf', summary: 'A course session’s register as a signed PDF attendance sheet: the course, its teachers, the pupils present, absent and late, who took it and when' }),
  get('/api/attendance/export', 'attendance/export-absences', { needs: read, query: exportQuerySchema, download: csv, summary: 'A class’s attendance over a period, as a CSV for French Excel' }),
]);
