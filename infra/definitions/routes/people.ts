import { contactChangesSchema } from '#domain/people/contact-input';
import { guardianMergeSchema } from '#domain/people/merge-input';
import { newPersonSchema } from '#domain/people/new-person-input';
import { peopleSearchSchema } from '#domain/people/search-input';
import { apiModule, get, patch, post, read, write } from './route';

// biome-ignore format: one line a route, the index of the module
export const peopleRoutes = apiModule('people', 'The directory: students, guardians, staff and outside contacts, classes, guardians recorded twice', [
  get('/api/people', 'people/search-people', { needs: read, query: peopleSearchSchema, summary: 'Finds people by name (accents and case ignored), class or kind' }),
  post('/api/people', 'people/add-person', { needs: write, body: newPersonSchema, answers: [201], summary: 'Adds an outside contact (guest artist, supplier, client, partner) or a member of staff by hand' }),
  get('/api/people/{personId}', 'people/get-person', { needs: read, summary: "A person's sheet, if the reader's rights cover them" }),
  patch('/api/people/{personId}', 'people/update-person-contact', { needs: write, body: contactChangesSchema, summary: "Changes a person's e-mail or phone; the change goes to the audit trail" }),
  get('/api/people/{personId}/changes', 'people/list-person-changes', { needs: read, summary: "The audit trail of a person's data: who changed what, when" }),
  get('/api/classes', 'people/list-classes', { needs: read, summary: 'The classes the reader may see' }),
  get('/api/classes/{classId}/students', 'people/list-class-students', { needs: read, summary: "A class's students, for its teachers and the staff" }),
  get('/api/duplicate-guardians', 'people/list-duplicate-guardians', { needs: read, summary: 'Guardians recorded twice (same name and a shared e-mail, phone or address), for review' }),
  post('/api/duplicate-guardians/merge', 'people/merge-guardians', { needs: write, body: guardianMergeSchema, summary: 'Merges guardian records into one, keeping every child link and the history' }),
]);
