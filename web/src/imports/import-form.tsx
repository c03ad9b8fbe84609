import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Api } from '../api';
import { FormAlert } from '../shell/forms/form-alert';
import { TextField } from '../shell/forms/text-field';
import type { Format } from '../shell/i18n/format';
import { checkImport, type UploadState } from './check-import';
import { describeCheckError } from './describe-import-error';
import { type ImportChoices, type ImportSource, importSources } from './import-job';
import { NextYearChoice } from './next-year-choice';
import { sendingStatus, type UploadStates } from './sending-status';
import { UploadList } from './upload-list';

interface ImportFormProps {
  api: Api;
  format: Format;
  /** Called once the files are uploaded and their check has started; the files may serve a second check. */
  onChecked: (jobId: string, files: File[]) => void;
}

/** The field at fault, which the error message describes. */
type Fault = 'files' | 'sourceName';

/**
 * Step 1: the source and its files, sent for a check (a dry run) that changes nothing yet. A spreadsheet needs
 * a name, under which its columns are kept; any import may prepare next year instead of the current one.
 */
export const ImportForm = ({ api, format, onChecked }: ImportFormProps) => {
  const texts = format.messages.imports;
  const [source, setSource] = useState<ImportSource>('siecle');
  const [sourceName, setSourceName] = useState('');
  const [nextYear, setNextYear] = useState(false);
  const [files, setFiles] = useState<File[]>([]);
  const [uploads, setUploads] = useState<UploadStates>();
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string>();
  const [fault, setFault] = useState<Fault>();
  const fileInput = useRef<HTMLInputElement>(null);
  const sourceNameInput = useRef<HTMLInputElement>(null);
  const request = useRef<AbortController>(undefined);
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const sourceNameHintId = useId();

  const refuse = (message: string | undefined, field?: Fault) => {
    setError(message);
    setFault(field);
  };

  // Uploads still running when the page is left are dropped: the job they belong to is never checked.
  useEffect(() => () => request.current?.abort(), []);

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (sending) return;
    const spreadsheet = source === 'spreadsheet';
    if (spreadsheet && !sourceName.trim()) {
      refuse(texts.chooseSourceName, 'sourceName');
      sourceNameInput.current?.focus();
      return;
    }
    if (files.length === 0) {
      refuse(texts.chooseFiles, 'files');
      fileInput.current?.focus();
      return;
    }
    const choices: ImportChoices = {
      source,
      ...(spreadsheet && { sourceName: sourceName.trim() }),
      ...(nextYear && { target: 'next' }),
    };
    const sent = new AbortController();
    request.current = sent;
    setSending(true);
    refuse(undefined);
    setUploads({});
    const track = (file: string, state: UploadState) => setUploads((known) => ({ ...known, [file]: state }));
    const checked = (jobId: string) => onChecked(jobId, files);
    checkImport(api, choices, files, track, sent.signal).then(checked, (failure: unknown) => {
      if (sent.signal.aborted) return;
      setSending(false);
      refuse(describeCheckError(failure, format));
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
                onChange={() => {
                  setSource(kind);
                  if (fault === 'sourceName') refuse(undefined);
                }}
              />
              <span class="choice__text">{texts.sources[kind]}</span>
            </label>
            {kind === 'spreadsheet' && source === kind && (
              <div class="choice__pick">
                <TextField
                  label={texts.sourceName}
                  value={sourceName}
                  onValue={(value) => {
                    setSourceName(value);
                    if (fault === 'sourceName') refuse(undefined);
                  }}
                  autocomplete="off"
                  autocapitalize="sentences"
                  hintId={sourceNameHintId}
                  errorId={fault === 'sourceName' ? errorId : undefined}
                  inputRef={sourceNameInput}
                />
                <p id={sourceNameHintId} class="field__hint">
                  {texts.sourceNameHint}
                </p>
              </div>
            )}
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
          aria-describedby={fault === 'files' ? `${hintId} ${errorId}` : hintId}
          aria-invalid={fault === 'files' ? true : undefined}
          onChange={(event) => {
            setFiles(Array.from(event.currentTarget.files ?? []));
            setUploads(undefined);
            refuse(undefined);
          }}
        />
      </div>
      {files.length > 0 && <UploadList files={files} states={uploads} format={format} />}
      <NextYearChoice checked={nextYear} onChange={setNextYear} disabled={sending} format={format} />
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
