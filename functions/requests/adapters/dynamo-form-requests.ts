import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { FormRequest } from '#domain/requests/form-request';
import type { FormRequestStore, RequestSelection } from '#domain/requests/request-ports';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { versionedPuts } from '#functions/lib/put-versioned-with-events';
import { queryAll } from '#functions/lib/query-all';
import { requestKeys } from '#infra/definitions/school-table';

const toItem = (request: FormRequest) => ({
  ...requestKeys.request(request.id),
  ...requestKeys.requestIndexAttributes({ ...request, submitterId: request.submittedBy.personId }),
  entity: 'form-request',
  version: request.version,
  request,
});

const fromItem = (item: Record<string, unknown>) => item.request as FormRequest;

const partitionOf = (selection: RequestSelection) => {
  if ('state' in selection) return requestKeys.inState(selection.state);
  if ('projectId' in selection) return requestKeys.forProject(selection.projectId);
  return requestKeys.submittedBy(selection.submittedBy);
};

export const dynamoFormRequests = (tableName: string): FormRequestStore => ({
  ...versionedPuts(tableName, {
    resource: 'form request',
    idOf: (request: FormRequest) => request.id,
    toItem,
  }),

  async get(requestId) {
    const { Item } = await documentClient.send(
      new GetCommand({ TableName: tableName, Key: requestKeys.request(requestId), ConsistentRead: true }),
    );
    return Item ? fromItem(Item) : undefined;
  },

  /** Newest first. */
  async list(selection) {
    const { index, partitionKey } = partitionOf(selection);
    const items = await queryAll(tableName, {
      IndexName: index,
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': `${index}PK` },
      ExpressionAttributeValues: { ':pk': partitionKey },
      ScanIndexForward: false,
    });
    return items.map(fromItem);
  },
});
