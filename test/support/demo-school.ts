import { loadRegistry } from '#infra/tenants/registry';
import type { Tenant } from '#infra/tenants/tenant';

/** The demo conservatoire of the registry: the school `npm start` opens with the demo year. */
export const demoSchool = loadRegistry().schools.find(({ id }) => id === 'demo') as Tenant;
