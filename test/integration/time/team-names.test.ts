import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personKeys } from '#infra/definitions/school-table';
import { type SchoolUnderTest, startSchoolUnderTest } from '../../support/school-under-test';

type Request = SchoolUnderTest['request'];

/**
 * The team's names are the directory's of now: the directory publishes no event when it renames a person (an
 * import, a correction), so the team's reads take their names from it in one BatchGetItem, not the name saved with
 * the contract.
 */
describe('the technical team’s names follow the directory', () => {
  let school: SchoolUnderTest;
  let planner: Request;
  let technicianId: string;

  beforeAll(async () => {
    school = await startSchoolUnderTest({}, { signedInAs: 'planning.demo' });
    planner = school.request;
    technicianId = school.demoAccounts.find(({ username }) => username === 'vie-scolaire.demo')
      ?.personId as string;
  }, 300_000);
  afterAll(() => school?.stop());

  it('shows a technician renamed in the directory after their contract under their new name', async () => {
    const contract = await planner('PUT', `/api/time/people/${technicianId}/contract`, {
      kind: 'public-local',
      weeklyHours: 35,
      skills: ['reception'],
      from: '2026-09-01',
    });
    expect(contract.status).toBe(200);
    const nameIn = async (path: string) =>
      (await planner('GET', path)).body.people.find(
        (person: { personId: string }) => person.personId === technicianId,
      )?.name;
    expect(await nameIn('/api/time/team')).toBe('Sylvie Caron');

    // The directory renames her, as an import that corrects a name writes her item.
    await school.documents.send(
      new UpdateCommand({
        TableName: school.tableName,
        Key: personKeys.item(technicianId),
        UpdateExpression: 'SET lastName = :lastName ADD #version :one',
        ExpressionAttributeNames: { '#version': 'version' },
        ExpressionAttributeValues: { ':lastName': 'Caron-Lefèvre', ':one': 1 },
      }),
    );

    expect(await nameIn('/api/time/team')).toBe('Sylvie Caron-Lefèvre');
    expect(await nameIn('/api/time/weeks/2027-03-01')).toBe('Sylvie Caron-Lefèvre');
    expect(await nameIn(`/api/time/weeks/2027-03-01?personId=${technicianId}`)).toBe('Sylvie Caron-Lefèvre');
    const query = new URLSearchParams({
      startsAt: '2027-03-02T09:00:00+01:00',
      endsAt: '2027-03-02T12:00:00+01:00',
    });
    expect(await nameIn(`/api/time/candidates?${query}`)).toBe('Sylvie Caron-Lefèvre');
  }, 60_000);
});
