import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Activity } from '#domain/planning/activity';
import { agendaEntriesOf } from '#domain/planning/occurrences';
import type { Project } from '#domain/planning/project';
import { put, writeRequests } from '#functions/lib/write-requests';
import { toActivityItem } from '#functions/planning/adapters/activity-item';
import { dayItemsOf } from '#functions/planning/adapters/day-update';
import { membershipItem, toProjectItem } from '#functions/planning/adapters/dynamo-project-store';
import { planningKeys, seedKeys } from '#infra/definitions/school-table';
import type { Tenant } from '#infra/tenants/tenant';
import { demoDirectory } from '../people/demo-people';
import { demoPlaces } from '../places/demo-places';
import { seededRandom } from '../random';
import { demoPlanning } from './demo-planning';

const seededAt = '2026-08-31T08:00:00.000Z';

/**
 * Writes the demo conservatoire's planned year once, as whole items by batches: the plan has no overlap (a unit
 * test checks it), so the guarded transactions of the API would only make the start slower.
 */
export const seedDemoPlanning = async (
  school: Pick<Tenant, 'id' | 'kind' | 'timeZone'>,
  dynamodb: DynamoDBClient,
  tableName: string,
) => {
  const documents = DynamoDBDocumentClient.from(dynamodb, {
    marshallOptions: { removeUndefinedValues: true },
  });
  const marker = seedKeys.part('planning');
  const { Item } = await documents.send(new GetCommand({ TableName: tableName, Key: marker }));
  if (Item) return { seeded: false, activities: 0 };
  const { calendar, projects, activities } = demoYear(school);
  const kindOf = new Map(projects.map((project) => [project.id, project.kind]));
  const entries = activities.flatMap((activity) =>
    agendaEntriesOf(activity, kindOf.get(activity.projectId) ?? 'course', calendar, school.timeZone),
  );
  await writeRequests(
    tableName,
    [
      { ...planningKeys.calendar(calendar.schoolYear), entity: 'calendar', calendar },
      ...projects.map(toProjectItem),
      ...projects.flatMap((project) =>
        project.members.map(({ personId }) => membershipItem(project, personId)),
      ),
      ...activities.map(toActivityItem),
      ...dayItemsOf(entries),
    ].map(put),
    { client: documents },
  );
  await documents.send(new PutCommand({ TableName: tableName, Item: { ...marker, seededAt } }));
  return { seeded: true, activities: activities.length };
};

/** The demo year's projects and activities, with the same ids on every machine. */
export const demoYear = (school: Pick<Tenant, 'id' | 'kind'>) => {
  const random = seededRandom(2027);
  const plan = demoPlanning(demoDirectory(school), demoPlaces());
  const projects: Project[] = [];
  const activities: Activity[] = [];
  for (const { project: input, activities: planned } of plan.projects) {
    const project: Project = {
      ...input,
      id: random.uuid(),
      documents: [],
      createdAt: seededAt,
      updatedAt: seededAt,
      version: 1,
    };
    projects.push(project);
    for (const activity of planned) {
      activities.push({
        ...activity,
        id: random.uuid(),
        projectId: project.id,
        status: 'planned',
        conflictsAccepted: false,
        createdAt: seededAt,
        updatedAt: seededAt,
        version: 1,
      });
    }
  }
  return { calendar: plan.calendar, projects, activities };
};
