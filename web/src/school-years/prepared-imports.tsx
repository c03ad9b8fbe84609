import type { Format } from '../i18n/format';
import { summaryText } from '../imports/summary-text';
import { Link } from '../routing/link';
import { paths } from '../routing/routes';
import type { PreparedImport } from './school-years';

/** The imports kept aside for next year, one per source: what each will write, and its report. */
export const PreparedImports = ({ imports, format }: { imports: PreparedImport[]; format: Format }) => {
  const texts = format.messages.schoolYears;
  const { sourceNames } = format.messages.imports;
  return (
    <ul class="prepared" aria-label={texts.prepared}>
      {imports.map((prepared) => (
        <li key={prepared.jobId} class="prepared__import">
          <Link href={paths.imports(prepared.jobId)} class="prepared__source">
            {sourceNames[prepared.source] ?? prepared.source}
          </Link>
          <span class="muted">
            {format.fill(texts.appliedAt, { date: format.instant(prepared.appliedAt) })}
          </span>
          <span class="report__files">{prepared.files.join(', ')}</span>
          {prepared.summary && <span>{summaryText(prepared.summary, 'planned', format)}</span>}
        </li>
      ))}
    </ul>
  );
};
