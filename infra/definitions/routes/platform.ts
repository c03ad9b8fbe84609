import { apiModule, get } from './route';

// biome-ignore format: one line a route, the index of the module
export const platformRoutes = apiModule('platform', 'The API itself: whether it is up, and this document', [
  get('/api/health', 'platform/get-health', { access: 'public', needs: {}, summary: 'Says the API is up and which school it serves' }),
  get('/api/openapi.json', 'platform/get-api-document', { access: 'public', needs: {}, summary: 'This API described in OpenAPI 3.1, generated from the route table and its input schemas' }),
]);
