import type { Format } from '../shell/i18n/format';
import type { UploadState } from './check-import';

export type UploadStates = Partial<Record<string, UploadState>>;

/** The job first, then the files one by one, then the start of the check. */
export const sendingStatus = (
  fileCount: number,
  uploads: UploadStates | undefined,
  format: Format,
): string => {
  const texts = format.messages.imports;
  const states = Object.values(uploads ?? {});
  if (states.length === 0) return texts.creating;
  const sent = states.filter((state) => state === 'sent').length;
  if (sent === fileCount) return texts.startingCheck;
  return format.fill(texts.uploading, { done: format.number(sent), total: format.number(fileCount) });
};
