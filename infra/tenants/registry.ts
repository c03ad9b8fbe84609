import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { type Registry, registrySchema, type Tenant, tenantSchema } from './tenant';

export const registryPath = fileURLToPath(new URL('./registry.json', import.meta.url));

export class InvalidTenantError extends Error {}

const describeIssues = (error: z.ZodError) =>
  error.issues.map((issue) => `${issue.path.join('.') || 'school'}: ${issue.message}`).join('; ');

export const parseRegistry = (json: unknown): Registry => {
  const parsed = registrySchema.safeParse(json);
  if (!parsed.success)
    throw new InvalidTenantError(`The tenant registry is invalid: ${describeIssues(parsed.error)}`);
  return parsed.data;
};

export const loadRegistry = (path = registryPath): Registry =>
  parseRegistry(JSON.parse(readFileSync(path, 'utf8')));

/** Adds a school to a registry, refusing an invalid entry or an id already taken. Pure: returns a new registry. */
export const addSchool = (registry: Registry, candidate: unknown): Registry => {
  const parsed = tenantSchema.safeParse(candidate);
  if (!parsed.success)
    throw new InvalidTenantError(`This school cannot be added: ${describeIssues(parsed.error)}`);
  const school: Tenant = parsed.data;
  if (registry.schools.some(({ id }) => id === school.id)) {
    throw new InvalidTenantError(`This school cannot be added: id ${school.id} is already in the registry`);
  }
  return { schools: [...registry.schools, school] };
};

export const saveRegistry = (registry: Registry, path = registryPath) =>
  writeFileSync(path, `${JSON.stringify(registry, null, 2)}\n`);
