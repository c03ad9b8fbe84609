import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { JustificationDocuments, PendingDocument } from '#domain/attendance/justification-documents';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { attachmentFiles } from '#functions/messaging/adapters/attachment-files';
import { attendanceKeys } from '#infra/definitions/school-table';

/** A declared upload is forgotten after a day (the table's TTL), as its pending file is by the bucket. */
const pendingSeconds = 24 * 60 * 60;

/**
 * Justifications' documents: declarations in the declarer's partition of the table; files in the documents bucket,
 * pending under `uploads/justifications/<declarer>/<id>` then kept under `justifications/<declarer>/<id>` (the
 * school's record of the absence). The bucket is read when used (`needs.documents`).
 */
export const justificationDocuments = (tableName: string): JustificationDocuments => {
  const files = () => attachmentFiles('justifications');
  return {
    async declare(personId, upload) {
      await documentClient.send(
        new PutCommand({
          TableName: tableName,
          Item: {
            ...attendanceKeys.upload(personId, upload.id),
            entity: 'attendance-upload',
            ...upload,
            expiresAt: Math.floor(Date.parse(upload.declaredAt) / 1000) + pendingSeconds,
          },
        }),
      );
    },

    async find(personId, uploadId) {
      const { Item } = await documentClient.send(
        new GetCommand({
          TableName: tableName,
          Key: attendanceKeys.upload(personId, uploadId),
          ConsistentRead: true,
        }),
      );
      // The TTL removes an item some time after it expired: an expired declaration is already gone.
      if (!Item || Number(Item.expiresAt) <= Date.now() / 1000) return undefined;
      const { PK: _pk, SK: _sk, entity: _entity, expiresAt: _expires, ...upload } = Item;
      return upload as PendingDocument;
    },

    uploadForm: (personId, document) => files().uploadForm(personId, document),
    arrived: (personId, uploadId) => files().uploaded(personId, uploadId),
    keep: (personId, uploadId) => files().keep(personId, uploadId),
    discard: (personId, uploadId) => files().remove(personId, uploadId),
    downloadUrl: (declarerId, document) => files().downloadUrl(declarerId, document),
  };
};
