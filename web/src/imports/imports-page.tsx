import { useState } from 'preact/hooks';
import type { Api } from '../api';
import { importsDirectory } from '../people/abilities';
import type { Me } from '../people/person';
import { paths } from '../routes';
import type { Format } from '../shell/i18n/format';
import { navigate } from '../shell/routing/navigation';
import { DirectoryExport } from './directory-export';
import { ImportForm } from './import-form';
import { ImportReport } from './import-report';
import { ImportSteps } from './import-steps';

interface ImportsPageProps {
  api: Api;
  format: Format;
  me: Me;
  /** The job whose report to show; empty for a new import. */
  jobId: string;
}

/** « Imports »: the school's administrators load the directory from SIECLE, STSWEB, OneRoster or a spreadsheet. */
export const ImportsPage = ({ api, format, me, jobId }: ImportsPageProps) => {
  const texts = format.messages.imports;
  // The files of the last check made on this page: a spreadsheet may be checked again with other columns.
  const [checkedHere, setCheckedHere] = useState<{ jobId: string; files: File[] }>();
  const checked = (checkedJob: string, files: File[]) => {
    setCheckedHere({ jobId: checkedJob, files });
    navigate(paths.imports(checkedJob));
  };

  const content = () => {
    if (!importsDirectory(me.profiles)) return <p class="notice">{texts.reserved}</p>;
    if (jobId) {
      return (
        <ImportReport
          key={jobId}
          api={api}
          format={format}
          jobId={jobId}
          focusOnShow={checkedHere !== undefined}
          files={checkedHere?.jobId === jobId ? checkedHere.files : undefined}
          onChecked={checked}
        />
      );
    }
    return (
      <div class="stack">
        <p class="page__intro">{texts.intro}</p>
        <ImportSteps current="files" format={format} />
        <ImportForm api={api} format={format} onChecked={checked} />
        <DirectoryExport api={api} format={format} />
      </div>
    );
  };

  return (
    <section class="page" aria-labelledby="imports-title">
      <h2 id="imports-title">{texts.title}</h2>
      {content()}
    </section>
  );
};
