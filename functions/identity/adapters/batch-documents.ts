import { PutObjectCommand } from '@aws-sdk/client-s3';
import { s3Client } from '#functions/lib/clients/s3';
import { downloadLink } from '#functions/lib/download-link';
import { documentPrefixes } from '#infra/definitions/school-buckets';

/** Where a batch's documents are kept; the documents bucket deletes them once their codes have expired. */
const batchDocumentsPrefix = documentPrefixes.activationBatches.prefix;

const files = {
  csv: { name: 'codes-activation.csv', type: 'text/csv; charset=utf-8' },
  pdf: { name: 'lettres-activation.pdf', type: 'application/pdf' },
} as const;

export const batchDocuments = (bucket: string) => {
  const key = (batchId: string, file: keyof typeof files) =>
    `${batchDocumentsPrefix}${batchId}/${files[file].name}`;

  return {
    async store(batchId: string, documents: { csv: string; pdf: Uint8Array }) {
      await Promise.all(
        (['csv', 'pdf'] as const).map((file) =>
          s3Client.send(
            new PutObjectCommand({
              Bucket: bucket,
              Key: key(batchId, file),
              Body: documents[file],
              ContentType: files[file].type,
            }),
          ),
        ),
      );
    },

    async links(batchId: string, createdAt: string) {
      const day = createdAt.slice(0, 10);
      const link = (file: keyof typeof files) =>
        downloadLink(bucket, key(batchId, file), `${day}-${files[file].name}`);
      const [csvUrl, pdfUrl] = await Promise.all([link('csv'), link('pdf')]);
      return { csvUrl, pdfUrl };
    },
  };
};
