import { keyPrefixes } from './key-prefixes';

/**
 * Request forms and the requests submitted with them in the school table.
 *
 * | pattern                                  | key condition                                          | index |
 * |------------------------------------------|--------------------------------------------------------|-------|
 * | a request form                           | PK = REQUEST-FORM#<id>, SK = FORM                      | table |
 * | request forms of a status, by title      | GSI1PK = REQUEST-FORMS#<status>                        | GSI1  |
 * | a form request (a submitted form)        | PK = FORM-REQUEST#<id>, SK = REQUEST                   | table |
 * | form requests of a state, by time        | GSI1PK = FORM-REQUESTS#<state>                         | GSI1  |
 * | a person's form requests, by time        | GSI2PK = FORM-REQUESTS-OF#<personId>                   | GSI2  |
 * | a project's form requests, by time       | GSI3PK = FORM-REQUESTS-FOR#<projectId>                 | GSI3  |
 */
export const requestsKeyPrefixes = keyPrefixes('requests', {
  partitions: [
    'REQUEST-FORM#',
    'REQUEST-FORMS#',
    'FORM-REQUEST#',
    'FORM-REQUESTS#',
    'FORM-REQUESTS-OF#',
    'FORM-REQUESTS-FOR#',
  ],
});

export const requestKeys = {
  form: (formId: string) => ({ PK: `REQUEST-FORM#${formId}`, SK: 'FORM' }),
  formIndexAttributes: (form: { id: string; status: string; sortTitle: string }) => ({
    GSI1PK: `REQUEST-FORMS#${form.status}`,
    GSI1SK: `${form.sortTitle}#${form.id}`,
  }),
  formsOfStatus: (status: string) => ({ index: 'GSI1', partitionKey: `REQUEST-FORMS#${status}` }) as const,
  request: (requestId: string) => ({ PK: `FORM-REQUEST#${requestId}`, SK: 'REQUEST' }),
  /** One time order (submitted, then id) in every listing: of a state, of a submitter, of a project. */
  requestIndexAttributes: (request: {
    id: string;
    state: string;
    submitterId: string;
    projectId: string;
    submittedAt: string;
  }) => {
    const sortKey = `${request.submittedAt}#${request.id}`;
    return {
      GSI1PK: `FORM-REQUESTS#${request.state}`,
      GSI1SK: sortKey,
      GSI2PK: `FORM-REQUESTS-OF#${request.submitterId}`,
      GSI2SK: sortKey,
      GSI3PK: `FORM-REQUESTS-FOR#${request.projectId}`,
      GSI3SK: sortKey,
    };
  },
  inState: (state: string) => ({ index: 'GSI1', partitionKey: `FORM-REQUESTS#${state}` }) as const,
  submittedBy: (personId: string) =>
    ({ index: 'GSI2', partitionKey: `FORM-REQUESTS-OF#${personId}` }) as const,
  forProject: (projectId: string) =>
    ({ index: 'GSI3', partitionKey: `FORM-REQUESTS-FOR#${projectId}` }) as const,
};
