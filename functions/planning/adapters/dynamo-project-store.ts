import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { ProjectStore } from '#domain/planning/planning-ports';
import type { Project } from '#domain/planning/project';
import { sortKeyOf } from '#domain/shared/text';
import { batchGet } from '#functions/lib/batch-get';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { versionedPuts } from '#functions/lib/put-versioned-with-events';
import { queryAll } from '#functions/lib/query-all';
import { put, remove, writeRequests } from '#functions/lib/write-requests';
import { planningKeys } from '#infra/definitions/school-table';

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
  const projects = versionedPuts(tableName, {
    resource: 'project',
    idOf: (project: Project) => project.id,
    toItem: toProjectItem,
  });

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
      await projects.add(project, events);
      await linkMembers(project, undefined);
    },

    async replace(project, previous, events) {
      await projects.replace(project, previous.version, events);
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

    async ofMember(personId) {
      const { PK } = planningKeys.membership(personId, '');
      const items = await queryAll(tableName, {
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :project)',
        ExpressionAttributeValues: { ':pk': PK, ':project': 'PROJECT#' },
      });
      return items
        .map(
          ({ projectId, kind, name, status }) =>
            ({ id: projectId, kind, name, status }) as Pick<Project, 'id' | 'kind' | 'name' | 'status'>,
        )
        .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
    },
  };
};
