import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { ImportInputError } from '../../../domain/imports/run-import';
import { documentPrefixes } from '../../../infra/definitions/school-buckets';
import { s3Client } from '../../lib/clients/s3';

/** Uploads go straight from the browser to the documents bucket: a town's SIECLE export is tens of megabytes. */
const uploadLinkSeconds = 15 * 60;

interface JobFiles {
  jobId: string;
  target: 'current' | 'next';
}

export const importFiles = (bucket: string) => {
  const key = ({ jobId, target }: JobFiles, file: string) =>
    `${(target === 'next' ? documentPrefixes.nextYearImports : documentPrefixes.imports).prefix}${jobId}/${file}`;
  return {
    uploadUrl: (job: JobFiles, file: string) =>
      getSignedUrl(s3Client, new PutObjectCommand({ Bucket: bucket, Key: key(job, file) }), {
        expiresIn: uploadLinkSeconds,
      }),

    /** The job's files; a missing one means the upload did not happen. */
    async read(job: JobFiles & { files: readonly string[] }) {
      const contents = new Map<string, Uint8Array>();
      for (const file of job.files) {
        try {
          const { Body } = await s3Client.send(new GetObjectCommand({ Bucket: bucket, Key: key(job, file) }));
          contents.set(file, (await Body?.transformToByteArray()) ?? new Uint8Array());
        } catch (error) {
          if ((error as Error).name === 'NoSuchKey') throw new MissingUploadError(file);
          throw error;
        }
      }
      return contents;
    },
  };
};

export class MissingUploadError extends ImportInputError {
  constructor(readonly file: string) {
    super(`${file} was not uploaded: choose the files again`);
    this.name = 'MissingUploadError';
  }
}
