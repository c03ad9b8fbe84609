import { newPlaceSchema, placeChangesSchema, placeListQuerySchema } from '#domain/places/place-input';
import { apiModule, get, patch, post, read, write } from './route';

// biome-ignore format: one line a route, the index of the module
export const placesRoutes = apiModule('places', 'Rooms, halls, studios and sites, with their capacity and equipment', [
  get('/api/places', 'places/list-places', { needs: read, query: placeListQuerySchema, summary: 'Lists places, by kind or by site' }),
  post('/api/places', 'places/create-place', { needs: write, body: newPlaceSchema, answers: [201], summary: 'Creates a place' }),
  get('/api/places/{placeId}', 'places/get-place', { needs: read, summary: 'Reads one place' }),
  patch('/api/places/{placeId}', 'places/update-place', { needs: write, body: placeChangesSchema, summary: 'Changes some fields of a place' }),
  post('/api/places/{placeId}/archive', 'places/archive-place', { needs: write, summary: 'Archives a place: it leaves the lists but keeps its history' }),
  post('/api/places/{placeId}/restore', 'places/restore-place', { needs: write, summary: 'Brings an archived place back' }),
]);
