import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { SpreadsheetMapping } from '#domain/imports/spreadsheet/spreadsheet-mapping';
import { keyOf } from '#domain/shared/text';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { importKeys } from '#infra/definitions/school-table';

/** One column mapping per spreadsheet source, found again whatever the accents and case of its name. */
export const dynamoMappings = (tableName: string) => ({
  async find(sourceName: string): Promise<SpreadsheetMapping | undefined> {
    const { Item } = await documentClient.send(
      new GetCommand({ TableName: tableName, Key: importKeys.mapping(keyOf(sourceName)) }),
    );
    return Item?.mapping as SpreadsheetMapping | undefined;
  },
  async save(sourceName: string, mapping: SpreadsheetMapping) {
    await documentClient.send(
      new PutCommand({
        TableName: tableName,
        Item: {
          ...importKeys.mapping(keyOf(sourceName)),
          entity: 'spreadsheet-mapping',
          sourceName,
          mapping,
        },
      }),
    );
  },
});
