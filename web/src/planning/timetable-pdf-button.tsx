import { useState } from 'preact/hooks';
import type { Api } from '../api';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import type { ResourceKind } from './planning-types';

interface TimetablePdfButtonProps {
  api: Api;
  format: Format;
  kind: ResourceKind;
  id: string;
  /** The Monday of the week. */
  monday: string;
  /** Who or what the timetable is of, for the file's name. */
  label: string | undefined;
}

/** « Imprimer / PDF »: the week's timetable as an A4 PDF, saved to print, pin on a door or hand out. */
export const TimetablePdfButton = ({ api, format, kind, id, monday, label }: TimetablePdfButtonProps) => {
  const texts = format.messages.planning.views;
  const [status, setStatus] = useState<{ busy: boolean; error?: unknown }>({ busy: false });
  const download = async () => {
    setStatus({ busy: true });
    try {
      const file = await api.timetablePdf(kind, id, monday);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(file);
      link.download = `${fileName(label ?? kind)}-${monday}.pdf`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      setStatus({ busy: false });
    } catch (error) {
      setStatus({ busy: false, error });
    }
  };
  return (
    <>
      <button
        type="button"
        class="button button--secondary"
        title={texts.printHint}
        aria-disabled={status.busy}
        onClick={() => {
          if (!status.busy) void download();
        }}
      >
        {texts.print}
      </button>
      {status.error !== undefined && (
        <p class="notice notice--error" role="alert">
          {format.fill(format.messages.planning.loadError, { reason: failureReason(status.error, format) })}
        </p>
      )}
    </>
  );
};

/** A name that any file system keeps: « Salle 109 » → « salle-109 ». */
const fileName = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'planning';
