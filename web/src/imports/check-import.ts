import type { Api } from '../api';
import type { ImportChoices, ImportSource } from './import-job';

export type UploadState = 'sending' | 'sent' | 'failed';

/** A file did not reach storage; `cause` says why. */
export class ImportUploadError extends Error {
  constructor(
    readonly file: string,
    options: { cause: unknown },
  ) {
    super(`${file} was not uploaded`, options);
    this.name = 'ImportUploadError';
  }
}

type ImportCalls = Pick<Api, 'createImport' | 'uploadImportFile' | 'startImportCheck'>;

/**
 * Starts the check of an import and returns its job's id:
 * 1. the job, which gives each file its own short-lived upload address;
 * 2. the files, side by side, each straight to storage (a SIECLE export is tens of megabytes);
 * 3. the dry run, once every file is there.
 */
export const checkImport = async (
  api: ImportCalls,
  /** A source alone, or with what a spreadsheet or next year needs. */
  choices: ImportSource | ImportChoices,
  files: readonly File[],
  onUpload: (file: string, state: UploadState) => void,
  signal?: AbortSignal,
): Promise<string> => {
  const request = typeof choices === 'string' ? { source: choices } : choices;
  const { jobId, uploads } = await api.createImport({ ...request, files: files.map(({ name }) => name) });
  const urls = new Map(uploads.map(({ file, url }) => [file, url]));

  const upload = async (file: File) => {
    onUpload(file.name, 'sending');
    try {
      const url = urls.get(file.name);
      if (!url) throw new Error(`no upload address for ${file.name}`);
      await api.uploadImportFile(url, file, signal);
    } catch (error) {
      onUpload(file.name, 'failed');
      throw new ImportUploadError(file.name, { cause: error });
    }
    onUpload(file.name, 'sent');
  };
  // Every upload runs to its end, so that each file shows how it went before the first failure is reported.
  const failure = (await Promise.allSettled(files.map(upload))).find(
    (result) => result.status === 'rejected',
  );
  if (failure) throw failure.reason;

  await api.startImportCheck(jobId);
  return jobId;
};
