import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { ImportChunk } from '#domain/imports/import-chunks';
import type { ImportJob } from '#domain/imports/import-job';
import type { ImportPlan } from '#domain/imports/import-plan';
import type { ImportSnapshot } from '#domain/imports/import-snapshot';
import { ImportInputError } from '#domain/imports/run-import';
import { s3Client } from '#functions/lib/clients/s3';
import { documentPrefixes } from '#infra/definitions/school-buckets';

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

    /** An apply's chunks and teaching, beside the job's files, under the run that cut them. */
    async saveChunks(job: ImportJob, chunks: readonly ImportChunk[], teaching: ImportSnapshot['teaching']) {
      const run = applyRun(job);
      for (const { index, plan } of chunks) await putJson(key(job, `${run}/chunk-${index}.json`), plan);
      await putJson(key(job, `${run}/teaching.json`), teaching);
    },

    readChunk: (job: ImportJob, chunk: number) =>
      getJson<ImportPlan>(key(job, `${applyRun(job)}/chunk-${chunk}.json`)),

    readTeaching: (job: ImportJob) =>
      getJson<ImportSnapshot['teaching']>(key(job, `${applyRun(job)}/teaching.json`)),
  };

  async function putJson(objectKey: string, value: unknown) {
    await s3Client.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: objectKey,
        Body: JSON.stringify(value),
        ContentType: 'application/json',
      }),
    );
  }

  async function getJson<T>(objectKey: string): Promise<T> {
    const { Body } = await s3Client.send(new GetObjectCommand({ Bucket: bucket, Key: objectKey }));
    return JSON.parse((await Body?.transformToString()) ?? 'null') as T;
  }
};

const applyRun = (job: ImportJob) => `apply-${job.chunks?.run ?? job.version}`;

export class MissingUploadError extends ImportInputError {
  constructor(readonly file: string) {
    super(`${file} was not uploaded: choose the files again`);
    this.name = 'MissingUploadError';
  }
}
