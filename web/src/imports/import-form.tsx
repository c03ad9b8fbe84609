import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Api } from '../api';
import { FormAlert } from '../forms/form-alert';
import type { Format } from '../i18n/format';
import { checkImport, type UploadState } from './check-import';
import { describeCheckError } from './describe-import-error';
import { type ImportSource, importSources } from './import-job';
import { UploadList } from './upload-list';

type UploadStates = Partial<Record<string, UploadState>>;

interface ImportFormProps {
  api: Api;
  format: Format;
  /** Called once the files are uploaded and their check has started. */
  onChecked: (jobId: string) => void;
}

/** Step 1: the source and its files, sent for a check (a dry run) that changes nothing yet. */
export const ImportForm = ({ api, format, onChecked }: ImportFormProps) => {
  const texts = format.messages.imports;
  const [source, setSource] = useState<ImportSource>('siecle');
  const [files, setFiles] = useState<File[]>([]);
  const [uploads, setUploads] = useState<UploadStates>();
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string>();
  const fileInput = useRef<HTMLInputElement>(null);
  const request = useRef<AbortController>(undefined);
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();

  // Uploads still running when the page is left are dropped: the job they belong to is never checked.
  useEffect(() => () => request.current?.abort(), []);

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (sending) return;
    if (files.length === 0) {
      setError(texts.chooseFiles);
      fileInput.current?.focus();
      return;
    }
    const sent = new AbortController();
    request.current = sent;
    setSending(true);
    setError(undefined);
    setUploads({});
    const track = (file: string, state: UploadState) => setUploads((known) => ({ ...known, [file]: state }));
    checkImport(api, source, files, track, sent.signal).then(onChecked, (failure: unknown) => {
      if (sent.signal.aborted) return;
      setSending(false);
      setError(describeCheckError(failure, format));
    });
  };

  return (
    <form class="form" onSubmit={submit} noValidate>
      <fieldset class="choices" disabled={sending}>
        <legend>{texts.source}</legend>
        {importSources.map((kind) => (
          <div key={kind} class="choice">
            <label class="choice__option">
              <input
                type="radio"
                name="source"
                value={kind}
                checked={source === kind}
                onChange={() => setSource(kind)}
              />
              <span class="choice__text">{texts.sources[kind]}</span>
            </label>
          </div>
        ))}
      </fieldset>
      <div class="field">
        <label for={inputId}>{texts.files}</label>
        <p id={hintId} class="field__hint">
          {texts.filesHint}
        </p>
        <input
          id={inputId}
          ref={fileInput}
          type="file"
          multiple
          accept=".xml,.csv,.zip"
          disabled={sending}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          aria-invalid={error && files.length === 0 ? true : undefined}
          onChange={(event) => {
            setFiles(Array.from(event.currentTarget.files ?? []));
            setUploads(undefined);
            setError(undefined);
          }}
        />
      </div>
      {files.length > 0 && <UploadList files={files} states={uploads} format={format} />}
      <FormAlert id={errorId} message={error} />
      <button type="submit" class="button" aria-disabled={sending}>
        {texts.submit}
      </button>
      <p class={sending ? 'form__status' : 'visually-hidden'} role="status">
        {sending ? sendingStatus(files.length, uploads, format) : ''}
      </p>
    </form>
  );
};

/** The job first, then the files one by one, then the start of the check. */
const sendingStatus = (fileCount: number, uploads: UploadStates | undefined, format: Format): string => {
  const texts = format.messages.imports;
  const states = Object.values(uploads ?? {});
  if (states.length === 0) return texts.creating;
  const sent = states.filter((state) => state === 'sent').length;
  if (sent === fileCount) return texts.startingCheck;
  return format.fill(texts.uploading, { done: format.number(sent), total: format.number(fileCount) });
};
