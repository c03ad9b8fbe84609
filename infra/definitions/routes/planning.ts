import {
  agendaQuerySchema,
  calendarSchema,
  cancellationSchema,
  conflictCheckSchema,
  dayConflictsQuerySchema,
  dayQuerySchema,
  freePlacesQuerySchema,
  moveSchema,
  newActivitySchema,
  newProjectSchema,
  planningExportSchema,
  projectChangesSchema,
  projectFilterSchema,
  timetableQuerySchema,
} from '#domain/planning/planning-input';
import { resourceKindSchema } from '#domain/planning/planning-resource';
import { apiModule, get, patch, post, put, read, write } from './route';

const csv = 'text/csv; charset=utf-8';
const pdf = 'application/pdf';

// biome-ignore format: one line a route, the index of the module
export const planningRoutes = apiModule('planning', 'Projects, activities and their occurrences, conflicts, agendas, the school calendar', [
  // A term of a large school: a query per day, some thousands of occurrences.
  get('/api/planning/export', 'planning/export-planning', { needs: read, query: planningExportSchema, download: csv, timeoutSeconds: 29, summary: 'The final planning of a period, as a CSV for French Excel or JSON, for attendance sheets' }),
  get('/api/projects', 'planning/list-projects', { needs: read, query: projectFilterSchema, summary: 'Lists projects (courses, exams, productions, internal and external projects), by kind and status' }),
  post('/api/projects', 'planning/create-project', { needs: write, body: newProjectSchema, answers: [201], summary: 'Creates a project with its members and classes' }),
  get('/api/projects/{projectId}', 'planning/get-project', { needs: read, summary: 'A project sheet: the project, its activities, its people and classes' }),
  patch('/api/projects/{projectId}', 'planning/update-project', { needs: write, body: projectChangesSchema, summary: 'Changes a project: its sheet, status, members or classes' }),
  post('/api/projects/{projectId}/activities', 'planning/schedule-activity', { needs: write, body: newActivitySchema, answers: [201], summary: 'Plans an activity, once or weekly; refused on a conflict unless accepted' }),
  post('/api/planning/conflicts', 'planning/check-conflicts', { needs: read, body: conflictCheckSchema, summary: 'The conflicts an activity would meet, saving nothing' }),
  get('/api/activities/{activityId}', 'planning/get-activity', { needs: read, summary: 'An activity: its occurrences and its current overlaps' }),
  post('/api/activities/{activityId}/move', 'planning/move-activity', { needs: write, body: moveSchema, summary: 'Moves one occurrence or the rest of a series, re-checking conflicts' }),
  post('/api/activities/{activityId}/cancel', 'planning/cancel-activity', { needs: write, body: cancellationSchema, summary: 'Cancels one occurrence, the rest of a series, or the whole activity' }),
  get('/api/agenda/{kind}/{id}', 'planning/get-agenda', { needs: read, params: { kind: resourceKindSchema }, query: agendaQuerySchema, summary: 'The planning of a place, a person, a class, a project or a piece of equipment, day by day' }),
  // pdfkit runs in a function of its own, apart from the planning's, whose cold start every agenda waits on.
  get('/api/agenda/{kind}/{id}/pdf', 'planning/get-timetable-pdf', { service: 'timetables', needs: read, params: { kind: resourceKindSchema }, query: timetableQuerySchema, download: pdf, summary: 'The timetable of a week of a place, a person, a class or a project: one A4 landscape page to print (PDF)' }),
  get('/api/planning/day', 'planning/get-places-day', { needs: read, query: dayQuerySchema, summary: 'The general planning of a day: every place (of a site, of a kind) and its activities' }),
  get('/api/planning/day-conflicts', 'planning/get-day-conflicts', { needs: read, query: dayConflictsQuerySchema, summary: 'The activities of a day in conflict on a shared place, person, class or equipment (planners)' }),
  get('/api/planning/free-places', 'planning/find-free-places', { needs: read, query: freePlacesQuerySchema, summary: 'Places free for a time span, with a capacity and equipment' }),
  get('/api/planning/calendar', 'planning/get-calendar', { needs: read, summary: "The school year's calendar: terms, holidays, closed days" }),
  put('/api/planning/calendar', 'planning/save-calendar', { needs: write, body: calendarSchema, summary: "Saves a school year's calendar" }),
]);
