import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Api } from '../api';
import { FormAlert } from '../shell/forms/form-alert';
import type { Format } from '../shell/i18n/format';
import { checkImport, type UploadState } from './check-import';
import { describeCheckError } from './describe-import-error';
import type { ImportChoices, ImportJob } from './import-job';
import { draftOf, type MissingField, mappingOf } from './mapping-draft';
import { MappingFields } from './mapping-fields';
import { sendingStatus, type UploadStates } from './sending-status';

interface MappingCheckProps {
  api: Api;
  format: Format;
  /** A checked spreadsheet job: its source, name, year and the mapping its dry run used. */
  job: ImportJob;
  /** The files of the job, when they were chosen on this page; otherwise they are asked for again. */
  files: readonly File[] | undefined;
  onChecked: (jobId: string, files: File[]) => void;
}

/**
 * The columns a spreadsheet was read with, to correct. A job's files are read as they were uploaded, so a new
 * mapping means a new job: the same files are sent again and checked with it.
 */
export const MappingCheck = ({ api, format, job, files, onChecked }: MappingCheckProps) => {
  const texts = format.messages.imports.mapping;
  const [draft, setDraft] = useState(() => draftOf(job.mapping));
  const [chosen, setChosen] = useState<readonly File[]>(files ?? []);
  const [missing, setMissing] = useState<readonly MissingField[]>([]);
  const [uploads, setUploads] = useState<UploadStates>();
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string>();
  const request = useRef<AbortController>(undefined);
  const titleId = useId();
  const baseId = useId();
  const errorId = useId();
  const filesId = useId();
  const filesHintId = useId();
  const idOf = (field: string) => `${baseId}-${field}`;
  // The job's own files, in its order; a file it does not name is not sent.
  const toSend = job.files.flatMap((name) => chosen.find((file) => file.name === name) ?? []);
  const missingFiles = job.files.filter((name) => !chosen.some((file) => file.name === name));

  useEffect(() => () => request.current?.abort(), []);

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (sending) return;
    const result = mappingOf(draft);
    setMissing(result.missing ?? []);
    if (result.missing) {
      const names = result.missing.map((field) => (field === 'kind' ? texts.kind : texts.fields[field]));
      setError(format.fill(texts.missing, { fields: names.join(', ') }));
      document.getElementById(idOf(result.missing[0] ?? 'id'))?.focus();
      return;
    }
    if (missingFiles.length > 0) {
      setError(format.fill(texts.missingFiles, { files: missingFiles.join(', ') }));
      document.getElementById(filesId)?.focus();
      return;
    }
    const choices: ImportChoices = {
      source: job.source,
      ...(job.sourceName && { sourceName: job.sourceName }),
      ...(job.target && { target: job.target }),
      mapping: result.mapping,
    };
    const sent = new AbortController();
    request.current = sent;
    setSending(true);
    setError(undefined);
    setUploads({});
    const track = (file: string, state: UploadState) => setUploads((known) => ({ ...known, [file]: state }));
    checkImport(api, choices, toSend, track, sent.signal).then(
      (jobId) => onChecked(jobId, toSend),
      (failure: unknown) => {
        if (sent.signal.aborted) return;
        setSending(false);
        setError(describeCheckError(failure, format));
      },
    );
  };

  return (
    <section class="report__mapping" aria-labelledby={titleId}>
      <h4 id={titleId}>{texts.title}</h4>
      <p class="muted">{job.mapping ? texts.intro : texts.none}</p>
      <form class="form" onSubmit={submit} noValidate>
        <fieldset class="choices" disabled={sending}>
          <legend class="visually-hidden">{texts.title}</legend>
          <MappingFields
            draft={draft}
            onDraft={(next) => {
              setDraft(next);
              setMissing([]);
              setError(undefined);
            }}
            idOf={idOf}
            missing={missing}
            errorId={error ? errorId : undefined}
            format={format}
          />
        </fieldset>
        {files === undefined && (
          <div class="field">
            <label for={filesId}>{texts.files}</label>
            <p id={filesHintId} class="field__hint">
              {format.fill(texts.filesHint, { files: job.files.join(', ') })}
            </p>
            <input
              id={filesId}
              type="file"
              multiple
              accept=".csv"
              disabled={sending}
              aria-describedby={filesHintId}
              onChange={(event) => {
                setChosen(Array.from(event.currentTarget.files ?? []));
                setError(undefined);
              }}
            />
          </div>
        )}
        <FormAlert id={errorId} message={error} />
        <button type="submit" class="button" aria-disabled={sending}>
          {texts.submit}
        </button>
        <p class={sending ? 'form__status' : 'visually-hidden'} role="status">
          {sending ? sendingStatus(toSend.length, uploads, format) : ''}
        </p>
      </form>
    </section>
  );
};
