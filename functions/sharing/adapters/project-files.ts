import { DeleteObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { ProjectDocument } from '#domain/planning/project';
import { s3Client } from '#functions/lib/clients/s3';
import { downloadLink } from '#functions/lib/download-link';
import { requireEnv } from '#functions/lib/env';
import { functionEnvironment } from '#infra/definitions/environment';
import { projectDocumentKey } from '#infra/definitions/school-buckets';

/** Uploads go from the browser straight to the documents bucket, to the one key and type the link allows. */
const uploadLinkSeconds = 15 * 60;

export const projectFiles = () => {
  const bucket = requireEnv(functionEnvironment.documentsBucket);
  return {
    uploadUrl: (projectId: string, document: ProjectDocument) =>
      getSignedUrl(
        s3Client,
        new PutObjectCommand({
          Bucket: bucket,
          Key: projectDocumentKey(projectId, document.documentId),
          ContentType: document.contentType,
        }),
        { expiresIn: uploadLinkSeconds },
      ),
    downloadUrl: (projectId: string, document: ProjectDocument) =>
      downloadLink(bucket, projectDocumentKey(projectId, document.documentId), document.name),
    remove: (projectId: string, documentId: string) =>
      s3Client.send(
        new DeleteObjectCommand({ Bucket: bucket, Key: projectDocumentKey(projectId, documentId) }),
      ),
  };
};
