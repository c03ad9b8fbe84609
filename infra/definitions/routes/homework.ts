import {
  bookKindSchema,
  bookQuerySchema,
  copyInputSchema,
  dueQuerySchema,
  entryInputSchema,
  shelfLinkInputSchema,
  tickInputSchema,
} from '#domain/homework/homework';
import { calendarDateSchema } from '#domain/shared/input-types';
import { apiModule, del, get, post, put, read, write } from './route';

const session = { seriesDate: calendarDateSchema };
const pdf = 'application/pdf';

// biome-ignore format: one line a route, the index of the module
export const homeworkRoutes = apiModule('homework', 'The homework book: each session of a course, what was done and the work given; pupils’ work by due day; the books of classes and teachers; the shelves of links', [
  get('/api/homework/sessions/{activityId}/{seriesDate}', 'homework/get-session', { needs: read, params: session, summary: 'A session of a course and its entry; its history for its teachers, the head of school and the readers' }),
  put('/api/homework/sessions/{activityId}/{seriesDate}', 'homework/write-session', { needs: write, params: session, body: entryInputSchema, summary: 'A teacher of the session writes what was done and the work given: a new version, the ones before kept' }),
  post('/api/homework/sessions/{activityId}/{seriesDate}/copy', 'homework/copy-session', { needs: write, params: session, body: copyInputSchema, summary: 'Copies a session’s entry onto another session the teacher gives (another class)' }),
  get('/api/homework/pupils/{personId}/due', 'homework/list-due-work', { needs: read, query: dueQuerySchema, summary: 'A pupil’s work by due day, ticked or not: the pupil, their guardians and teachers' }),
  put('/api/homework/pupils/{personId}/done', 'homework/tick-work', { needs: write, body: tickInputSchema, summary: 'A pupil ticks a work done, or not, for themself' }),
  get('/api/homework/books/{kind}/{id}', 'homework/get-book', { needs: read, params: { kind: bookKindSchema }, query: bookQuerySchema, summary: 'A class’s or a teacher’s book for a school year: the head of school, the readers they name, the teacher' }),
  // pdfkit runs in a function of its own, apart from the homework's, whose cold start every pupil's list waits on.
  get('/api/homework/books/{kind}/{id}/pdf', 'homework/get-book-pdf', { service: 'homework-books', needs: read, params: { kind: bookKindSchema }, query: bookQuerySchema, download: pdf, summary: 'A class’s or a teacher’s book for a school year, as a PDF' }),
  get('/api/homework/readers', 'homework/list-readers', { needs: read, summary: 'The people the head of school names to read the books (inspectors)' }),
  put('/api/homework/readers/{personId}', 'homework/grant-reader', { needs: write, summary: 'The head of school names an adult who reads every book and writes in none' }),
  del('/api/homework/readers/{personId}', 'homework/revoke-reader', { needs: write, answers: [204], summary: 'The head of school takes a reader’s right back' }),
  get('/api/homework/classes/{classId}/shelf', 'homework/get-shelf', { needs: read, summary: 'A class’s or group’s shelf of commented links' }),
  post('/api/homework/classes/{classId}/shelf', 'homework/add-shelf-link', { needs: write, body: shelfLinkInputSchema, answers: [201], summary: 'A teacher of the class adds a link, with a comment, to its shelf' }),
  del('/api/homework/classes/{classId}/shelf/{linkId}', 'homework/remove-shelf-link', { needs: write, answers: [204], summary: 'A teacher of the class takes a link off its shelf' }),
]);
