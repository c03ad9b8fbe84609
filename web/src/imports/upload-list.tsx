import type { Format } from '../shell/i18n/format';
import type { UploadState } from './check-import';

interface UploadListProps {
  files: readonly File[];
  /** Set once sending has begun. */
  states: Partial<Record<string, UploadState>> | undefined;
  format: Format;
}

const badges: Record<UploadState, string> = {
  sending: 'badge badge--muted',
  sent: 'badge badge--bookable',
  failed: 'badge badge--error',
};

/** The files chosen, each with how its upload goes. */
export const UploadList = ({ files, states, format }: UploadListProps) => {
  const texts = format.messages.imports;
  return (
    <ul class="uploads" aria-label={texts.chosenFiles}>
      {files.map(({ name }) => {
        const state = states?.[name];
        return (
          <li key={name} class="uploads__file">
            <span class="uploads__name">{name}</span>
            {state && <span class={badges[state]}>{texts.uploadStates[state]}</span>}
          </li>
        );
      })}
    </ul>
  );
};
