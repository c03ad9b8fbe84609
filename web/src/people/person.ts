/** What the API answers about people: the domain's own types, so that the page and the API cannot drift apart. */
export type { ActivatedAccount } from '#domain/identity/activate-account';
export type { PersonSummary, SchoolClass as ClassSummary } from '#domain/people/person';
export type { Me } from '#domain/people/read-me';
export type { PersonSheet } from '#domain/people/read-person';
