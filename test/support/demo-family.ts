import { randomBytes } from 'node:crypto';
import { demoDirectory } from '#infra/local/seed/people/demo-people';
import type { Tenant } from '#infra/tenants/tenant';

/**
 * A school under test whose demo guardian (`parent.demo`) is not the demo pupil's (`eleve.demo`). The demo directory
 * is drawn from the school's id, and in about one school in ten the guardian of two is also the demo pupil's: a test
 * that checks a guardian sees only their own children's data needs them apart.
 */
export const schoolWithPupilAndGuardianApart = (): Partial<Tenant> => {
  for (;;) {
    const school: Tenant = {
      id: `test-${randomBytes(4).toString('hex')}`,
      displayName: 'École de test',
      kind: 'school',
      timeZone: 'Europe/Paris',
      locale: 'fr-FR',
    };
    const directory = demoDirectory(school);
    const account = (username: string) =>
      directory.accounts.find((candidate) => candidate.username === username)?.personId;
    const guardian = account('parent.demo');
    const pupil = account('eleve.demo');
    if (!directory.guardianships.some(([g, c]) => g === guardian && c === pupil)) return { id: school.id };
  }
};
