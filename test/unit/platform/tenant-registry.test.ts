import { describe, expect, it } from 'vitest';
import { addSchool, InvalidTenantError, loadRegistry, parseRegistry } from '#infra/tenants/registry';

const lycee = {
  id: 'lycee-moliere',
  displayName: 'Lycée Molière',
  kind: 'school',
  timeZone: 'Europe/Paris',
  locale: 'fr-FR',
};

describe('tenant registry', () => {
  it('is valid as committed, with the demo conservatoire first', () => {
    const registry = loadRegistry();
    expect(registry.schools[0]).toMatchObject({ id: 'demo', kind: 'conservatoire' });
  });

  it('adds a school with a DNS-safe id', () => {
    const registry = addSchool({ schools: [] }, lycee);
    expect(registry.schools).toEqual([lycee]);
  });

  it.each([
    ['Lycee', 'id'],
    ['lycée', 'id'],
    ['-lycee', 'id'],
    ['lycee-', 'id'],
    ['lycee--moliere', 'id'],
    ['l', 'id'],
  ])('refuses the id %s', (id) => {
    expect(() => addSchool({ schools: [] }, { ...lycee, id })).toThrow(/id: must be 2 to 40 lowercase/);
  });

  it('refuses a duplicate id, an unknown time zone and a bad locale, saying why', () => {
    const registry = addSchool({ schools: [] }, lycee);
    expect(() => addSchool(registry, lycee)).toThrow('id lycee-moliere is already in the registry');
    expect(() => addSchool(registry, { ...lycee, id: 'autre', timeZone: 'Europe/Lutece' })).toThrow(
      /timeZone/,
    );
    expect(() => addSchool(registry, { ...lycee, id: 'autre', locale: 'french' })).toThrow(/locale/);
    expect(() => parseRegistry({ schools: [lycee, lycee] })).toThrow(InvalidTenantError);
  });

  it('gives every school of the registry a UAI, which its imports are checked against', () => {
    for (const school of loadRegistry().schools) expect(school.uai).toMatch(/^\d{7}[A-Z]$/);
    expect(addSchool({ schools: [] }, { ...lycee, uai: '0750001A' }).schools[0]?.uai).toBe('0750001A');
    expect(() => addSchool({ schools: [] }, { ...lycee, uai: '750001A' })).toThrow(/uai: must be a UAI/);
    expect(() => addSchool({ schools: [] }, { ...lycee, uai: '0750001a' })).toThrow(/uai/);
  });
});
