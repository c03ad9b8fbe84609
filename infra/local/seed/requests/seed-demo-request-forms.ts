import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { put, writeRequests } from '#functions/lib/write-requests';
import { toFormItem } from '#functions/requests/adapters/dynamo-request-forms';
import { seedKeys } from '#infra/definitions/school-table';
import { demoRequestForms } from './demo-request-forms';

/** Writes the demo request forms once: a form a planner changed or closed by hand survives a restart. */
export const seedDemoRequestForms = async (dynamodb: DynamoDBClient, tableName: string) => {
  const documents = DynamoDBDocumentClient.from(dynamodb, {
    marshallOptions: { removeUndefinedValues: true },
  });
  const marker = seedKeys.part('request-forms');
  const { Item } = await documents.send(new GetCommand({ TableName: tableName, Key: marker }));
  if (Item) return { seeded: false, forms: 0 };
  const forms = demoRequestForms();
  await writeRequests(tableName, forms.map(toFormItem).map(put), { client: documents });
  await documents.send(
    new PutCommand({ TableName: tableName, Item: { ...marker, seededAt: new Date().toISOString() } }),
  );
  return { seeded: true, forms: forms.length };
};
