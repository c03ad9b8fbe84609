/**
 * The route table: every HTTP route of a school's API and the handler file that serves it.
 * The CDK stack creates one Lambda function and one API Gateway route per entry; the local server reads the same
 * table. A handler id `places/create-place` is the file `functions/places/create-place.ts`.
 */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What a function may touch; the stack turns each need into a least-privilege grant. */
export interface FunctionNeeds {
  table?: 'read' | 'readWrite';
  bus?: 'publish';
  documents?: 'read' | 'readWrite';
  site?: 'read' | 'readWrite';
}

export interface Route {
  method: HttpMethod;
  /** API Gateway path syntax: `/api/places/{placeId}`. */
  path: string;
  handler: string;
  /** `public` routes have no authorizer; every other route requires a valid token of the school's user pool. */
  access: 'public' | 'signed-in';
  needs: FunctionNeeds;
  summary: string;
}

export const routes: readonly Route[] = [
  {
    method: 'GET',
    path: '/api/health',
    handler: 'health/get-health',
    access: 'public',
    needs: {},
    summary: 'Says the API is up and which school it serves',
  },
  {
    method: 'GET',
    path: '/api/places',
    handler: 'places/list-places',
    access: 'signed-in',
    needs: { table: 'read' },
    summary: 'Lists places, by kind or by site',
  },
  {
    method: 'POST',
    path: '/api/places',
    handler: 'places/create-place',
    access: 'signed-in',
    needs: { table: 'readWrite' },
    summary: 'Creates a place',
  },
  {
    method: 'GET',
    path: '/api/places/{placeId}',
    handler: 'places/get-place',
    access: 'signed-in',
    needs: { table: 'read' },
    summary: 'Reads one place',
  },
  {
    method: 'PATCH',
    path: '/api/places/{placeId}',
    handler: 'places/update-place',
    access: 'signed-in',
    needs: { table: 'readWrite' },
    summary: 'Changes some fields of a place',
  },
  {
    method: 'POST',
    path: '/api/places/{placeId}/archive',
    handler: 'places/archive-place',
    access: 'signed-in',
    needs: { table: 'readWrite' },
    summary: 'Archives a place: it leaves the lists but keeps its history',
  },
  {
    method: 'POST',
    path: '/api/places/{placeId}/restore',
    handler: 'places/restore-place',
    access: 'signed-in',
    needs: { table: 'readWrite' },
    summary: 'Brings an archived place back',
  },
];
