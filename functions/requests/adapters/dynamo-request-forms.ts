import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { RequestForm } from '#domain/requests/request-form';
import type { RequestFormStore } from '#domain/requests/request-ports';
import { StaleVersionError } from '#domain/shared/errors';
import { sortKeyOf } from '#domain/shared/text';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { queryPartition } from '#functions/lib/query-all';
import { stillAtVersion } from '#functions/lib/version-condition';
import { requestKeys } from '#infra/definitions/school-table';

export const toFormItem = (form: RequestForm) => ({
  ...requestKeys.form(form.id),
  ...requestKeys.formIndexAttributes({ ...form, sortTitle: sortKeyOf(form.title) }),
  entity: 'request-form',
  version: form.version,
  form,
});

const fromItem = (item: Record<string, unknown>) => item.form as RequestForm;

export const dynamoRequestForms = (tableName: string): RequestFormStore => {
  const put = async (form: RequestForm, expectedVersion: number | undefined) => {
    try {
      await documentClient.send(
        new PutCommand({
          TableName: tableName,
          Item: toFormItem(form),
          ...(expectedVersion === undefined
            ? { ConditionExpression: 'attribute_not_exists(PK)' }
            : stillAtVersion(expectedVersion)),
        }),
      );
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException')
        throw new StaleVersionError('request form', form.id, expectedVersion ?? 0);
      throw error;
    }
  };

  return {
    async get(formId) {
      const { Item } = await documentClient.send(
        new GetCommand({ TableName: tableName, Key: requestKeys.form(formId), ConsistentRead: true }),
      );
      return Item ? fromItem(Item) : undefined;
    },

    async list(statuses) {
      const pages = await Promise.all(
        statuses.map((status) => queryPartition(tableName, requestKeys.formsOfStatus(status))),
      );
      return pages
        .flat()
        .map(fromItem)
        .sort((a, b) => a.title.localeCompare(b.title, 'fr'));
    },

    add: (form) => put(form, undefined),
    replace: (form, expectedVersion) => put(form, expectedVersion),
  };
};
