import { paths } from '../routes';
import type { Format } from '../shell/i18n/format';
import { Link } from '../shell/routing/link';
import type { PreparedImport } from './school-years';
import { summaryText } from './summary-text';

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
