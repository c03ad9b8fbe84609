import { newDocumentSchema } from '#domain/planning/project-documents';
import { feedListQuerySchema, newFeedSchema, newMiniSiteSchema } from '#domain/sharing/sharing-input';
import { apiModule, del, type FunctionNeeds, get, post } from './route';

const publishing: FunctionNeeds = { table: 'readWrite', site: 'readWrite', feeds: 'sign' };
const documents: FunctionNeeds = { table: 'readWrite', documents: 'readWrite' };

// biome-ignore format: one line a route, the index of the module
export const sharingRoutes = apiModule('sharing', 'Calendar feeds, consultation mini-sites and the documents of project sheets', [
  post('/api/feeds', 'sharing/create-feed', { needs: publishing, body: newFeedSchema, answers: [201], summary: "Makes a calendar feed of a person (one's own in one click), class, project, place or equipment: its signed https and webcal links" }),
  get('/api/feeds', 'sharing/list-feeds', { needs: publishing, query: feedListQuerySchema, summary: 'The feeds one made, with their links; `all=true` lists every active feed (planners)' }),
  get('/api/feeds/{feedId}', 'sharing/get-feed', { needs: publishing, summary: 'A feed with its links signed afresh' }),
  del('/api/feeds/{feedId}', 'sharing/revoke-feed', { needs: publishing, summary: 'Revokes a feed: its file is removed and its links answer 403' }),
  post('/api/mini-sites', 'sharing/create-mini-site', { needs: publishing, body: newMiniSiteSchema, answers: [201], summary: 'Composes a consultation mini-site of tabs (project sheets, plannings, daily bulletin): its secret address' }),
  get('/api/mini-sites', 'sharing/list-mini-sites', { needs: publishing, summary: "The school's active mini-sites and their addresses" }),
  del('/api/mini-sites/{siteId}', 'sharing/revoke-mini-site', { needs: publishing, summary: 'Takes a mini-site down: its pages are removed' }),
  post('/api/projects/{projectId}/documents', 'sharing/add-project-document', { needs: documents, body: newDocumentSchema, answers: [201], summary: 'Adds a document to a project sheet (`name`, `contentType`, `size`): an upload link' }),
  get('/api/projects/{projectId}/documents/{documentId}', 'sharing/get-project-document', { needs: documents, summary: 'A short download link to a document of a project sheet' }),
  del('/api/projects/{projectId}/documents/{documentId}', 'sharing/delete-project-document', { needs: documents, summary: 'Removes a document from a project sheet, and its file' }),
]);
