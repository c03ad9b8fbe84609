import { useId, useState } from 'preact/hooks';
import { type ColumnMapping, type ImportField, importFields } from '#domain/loans/import-fields';
import { type ItemFamily, itemFamilies } from '#domain/loans/item-values';
import type { Api } from '../api';
import { paths } from '../routes';
import { FormAlert } from '../shell/forms/form-alert';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import { Link } from '../shell/routing/link';
import type { ImportReport } from './loans-api';

/** The file's bytes in base64, whatever its encoding: the API reads Excel's Windows-1252 as well as UTF-8. */
const base64Of = async (file: File) => {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
};

/**
 * `/instruments/import`: a school's spreadsheet comes in with a column mapping. « Vérifier » is a dry run that
 * guesses the columns, lists what would be created and the lines refused; the user corrects the columns, then
 * imports. The same file twice creates nothing twice.
 */
export const ImportPage = ({ api, format }: { api: Api; format: Format }) => {
  const texts = format.messages.loans;
  const id = useId();
  const [file, setFile] = useState<string>();
  const [family, setFamily] = useState<ItemFamily>('strings');
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [report, setReport] = useState<ImportReport>();
  const [status, setStatus] = useState<{ busy: boolean; error?: string }>({ busy: false });
  const run = async (apply: boolean) => {
    if (status.busy || !file) return;
    setStatus({ busy: true });
    try {
      const answer = await api.importItems({ file, mapping, family, apply });
      setReport(answer);
      setMapping(answer.mapping);
      setStatus({ busy: false });
    } catch (error) {
      setStatus({ busy: false, error: failureReason(error, format) });
    }
  };
  return (
    <section class="page loans stack--loose" aria-labelledby="import-title">
      <div>
        <p>
          <Link href={paths.instruments()}>{texts.title}</Link>
        </p>
        <h2 id="import-title">{texts.importTitle}</h2>
        <p class="page__intro">{texts.importIntro}</p>
      </div>
      <form
        class="form loans-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void run(false);
        }}
      >
        <div class="field">
          <label for={`${id}-file`}>{texts.file}</label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".csv,text/csv"
            onChange={async (event) => {
              const chosen = event.currentTarget.files?.[0];
              setReport(undefined);
              setMapping({});
              setFile(chosen ? await base64Of(chosen) : undefined);
            }}
          />
        </div>
        <div class="field">
          <label for={`${id}-family`}>{texts.defaultFamily}</label>
          <select
            id={`${id}-family`}
            value={family}
            onChange={(event) => setFamily(event.currentTarget.value as ItemFamily)}
          >
            {itemFamilies.map((each) => (
              <option key={each} value={each}>
                {texts.families[each]}
              </option>
            ))}
          </select>
        </div>
        {report &&
          importFields.map((field: ImportField) => (
            <div class="field" key={field}>
              <label for={`${id}-${field}`}>
                {format.fill(texts.columnOf, { field: texts.importFields[field] })}
              </label>
              <select
                id={`${id}-${field}`}
                value={mapping[field] ?? ''}
                onChange={(event) => {
                  const column = event.currentTarget.value;
                  const { [field]: _old, ...others } = mapping;
                  setMapping(column ? { ...others, [field]: column } : others);
                }}
              >
                <option value="">{texts.noColumn}</option>
                {report.headers.map((header) => (
                  <option key={header} value={header}>
                    {header}
                  </option>
                ))}
              </select>
            </div>
          ))}
        <FormAlert id={`${id}-error`} message={status.error} />
        <div class="loans-actions">
          <button type="submit" class="button button--secondary" aria-disabled={status.busy || !file}>
            {texts.check}
          </button>
          {report && !report.applied && (
            <button type="button" class="button" aria-disabled={status.busy} onClick={() => void run(true)}>
              {texts.apply}
            </button>
          )}
        </div>
      </form>
      {report && <Report format={format} report={report} />}
    </section>
  );
};

const Report = ({ format, report }: { format: Format; report: ImportReport }) => {
  const texts = format.messages.loans;
  const lines = report.applied ? (report.created ?? []) : (report.toCreate ?? []);
  return (
    <section class="stack" aria-live="polite" aria-label={texts.importTitle}>
      <p>
        <strong>
          {format.message(report.applied ? texts.created : texts.toCreate, { count: lines.length })}
        </strong>
        {` · ${format.message(texts.already, { count: report.already.length })}`}
        {` · ${format.message(texts.refused, { count: report.refused.length })}`}
      </p>
      {report.refused.length > 0 && (
        <ul class="loans-refused">
          {report.refused.map((line) => (
            <li key={line.line}>
              {format.fill(texts.refusedLine, { line: line.line, field: line.field, reason: line.reason })}
            </li>
          ))}
        </ul>
      )}
      {lines.length > 0 && (
        <ul class="loans-created">
          {lines.map((line) => (
            <li
              key={line.line}
            >{`${format.fill(texts.line, { line: line.line })} : ${line.kind} (${texts.families[line.family]})`}</li>
          ))}
        </ul>
      )}
    </section>
  );
};
