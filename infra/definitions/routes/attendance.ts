import { dayQuerySchema, registerInputSchema } from '#domain/attendance/register';
import { calendarDateSchema } from '#domain/shared/input-types';
import { apiModule, get, put, read, write } from './route';

const session = { seriesDate: calendarDateSchema };
const day = { date: calendarDateSchema };

// biome-ignore format: one line a route, the index of the module
export const attendanceRoutes = apiModule('attendance', 'The roll call: the register of each course session, taken by its teachers; vie scolaire’s live day; absences, their justifications and counts', [
  // H1 roll call
  get('/api/attendance/my-courses', 'attendance/list-my-courses', { needs: read, query: dayQuerySchema, summary: 'A teacher’s course sessions of a day (today unless said), each with its register taken or not: the « Appel » page' }),
  get('/api/attendance/registers/{activityId}/{seriesDate}', 'attendance/get-register', { needs: read, params: session, summary: 'A course session’s register: its pupils and their marks (all present until taken), its version' }),
  put('/api/attendance/registers/{activityId}/{seriesDate}', 'attendance/take-register', { needs: write, params: session, body: registerInputSchema, summary: 'A teacher of the session (on its day) or vie scolaire saves the register: one transaction with the absences and their events; 412 on a stale version' }),
  get('/api/attendance/days/{date}', 'attendance/get-day', { needs: read, params: day, summary: 'Vie scolaire’s live day: absences per course and per pupil, registers not taken 15 minutes after the start, pupils absent then present' }),
  // H2 absences
]);
