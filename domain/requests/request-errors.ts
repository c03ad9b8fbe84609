/** The codes of requests' refusals: a form closed or not for this kind of project, a move to the same state, a full thread. */
export const requestErrorCodes = [
  'form_closed',
  'kind_not_served',
  'same_state',
  'too_many_comments',
] as const;
