import type { Registry } from '#infra/tenants/tenant';

/** A registry of `count` made-up schools, for measuring how synthesis grows with the number of schools. */
export const benchRegistry = (count: number): Registry => ({
  schools: Array.from({ length: count }, (_, index) => ({
    id: `ecole-${String(index + 1).padStart(3, '0')}`,
    displayName: `École ${index + 1}`,
    kind: index % 10 === 0 ? ('conservatoire' as const) : ('school' as const),
    timeZone: 'Europe/Paris',
    locale: 'fr-FR',
  })),
});
