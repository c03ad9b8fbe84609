/** The codes of the directory's refusals: a search too broad, merges of guardians that cannot go together. */
export const peopleErrorCodes = [
  'search_too_broad',
  'two_accounts',
  'not_a_guardian',
  'keep_the_account',
] as const;
