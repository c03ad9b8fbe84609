import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { ProjectStore } from '../../../domain/planning/planning-ports';
import type { Project } from '../../../domain/planning/project';
import { StaleVersionError } from '../../../domain/shared/errors';
import { sortKeyOf } from '../../../domain/shared/text';
import { planningKeys } from '../../../infra/definitions/school-table';
import { batchGet } from '../../lib/batch-get';
import { documentClient } from '../../lib/clients/dynamodb';
import { putWithEvents } from '../../lib/put-with-events';
import { queryAll } from '../../lib/query-all';
import { failedOnCondition } from '../../lib/transaction-conditions';
import { stillAtVersion } from '../../lib/version-condition';
import { put, remove, writeRequests } from '../../lib/write-requests';

export const toProjectItem = (project: Project) => ({
  ...planningKeys.project(project.id),
  ...planningKeys.projectIndexAttributes({ ...project, sortName: sortKeyOf(project.name) }),
  entity: 'project',
  version: project.version,
  project,
});

/** The link that lists a project among a person's. */
export const membershipItem = (project: Project, personId: string) => ({
  ...planningKeys.membership(personId, project.id),
  entity: 'project-membership',
  projectId: project.id,
  kind: project.kind,
  name: project.name,
  status: project.status,
});

const fromProjectItem = (item: Record<string, unknown>) => item.project as Project;

const memberIds = (project: Project | undefined) => new Set(project?.members.map(({ personId }) => personId));

export const dynamoProjectStore = (tableName: string): ProjectStore => {
  /**
   * A person's projects are listed from their own partition. A production's cast may exceed a transaction, so
   * these links are written after the project, by ids: writing them again is harmless.
   */
  const linkMembers = (project: Project, previous: Project | undefined) => {
    const now = memberIds(project);
    const before = memberIds(previous);
    return writeRequests(tableName, [
      ...[...now].map((personId) => put(membershipItem(project, personId))),
      ...[...before]
        .filter((personId) => !now.has(personId))
        .map((personId) => remove(planningKeys.membership(personId, project.id))),
    ]);
  };

  return {
    async get(projectId) {
      const { Item } = await documentClient.send(
        new GetCommand({ TableName: tableName, Key: planningKeys.project(projectId), ConsistentRead: true }),
      );
      return Item ? fromProjectItem(Item) : undefined;
    },

    async many(projectIds) {
      return (await batchGet(tableName, [...new Set(projectIds)].map(planningKeys.project))).map(
        fromProjectItem,
      );
    },

    async add(project, events) {
      await putWithEvents(
        tableName,
        { Item: toProjectItem(project), ConditionExpression: 'attribute_not_exists(PK)' },
        events,
      );
      await linkMembers(project, undefined);
    },

    async replace(project, previous, events) {
      try {
        await putWithEvents(
          tableName,
          { Item: toProjectItem(project), ...stillAtVersion(previous.version) },
          events,
        );
      } catch (error) {
        if (failedOnCondition(error)) throw new StaleVersionError('project', project.id, previous.version);
        throw error;
      }
      await linkMembers(project, previous);
    },

    async list({ kind, status }) {
      const statuses = status ? [status] : (['draft', 'confirmed', 'done'] as const);
      const pages = await Promise.all(
        statuses.map((each) => {
          const { index, partitionKey } = planningKeys.projects(each);
          return queryAll(tableName, {
            IndexName: index,
            KeyConditionExpression: kind ? '#pk = :pk AND begins_with(#sk, :kind)' : '#pk = :pk',
            ExpressionAttributeNames: { '#pk': `${index}PK`, ...(kind && { '#sk': `${index}SK` }) },
            ExpressionAttributeValues: { ':pk': partitionKey, ...(kind && { ':kind': `${kind}#` }) },
          });
        }),
      );
      return pages
        .flat()
        .map(fromProjectItem)
        .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
    },
  };
};
