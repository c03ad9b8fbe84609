import { projectKinds } from '#domain/planning/project';
import type { Format } from '../shell/i18n/format';

/** What the colours of the blocks mean; each block also names its kind to a screen reader. */
export const KindLegend = ({ format }: { format: Format }) => (
  <ul class="legend" aria-label={format.messages.planning.legend}>
    {projectKinds.map((kind) => (
      <li key={kind} class="legend__item">
        <span class={`legend__swatch block--${kind}`} aria-hidden="true" />
        {format.projectKind(kind)}
      </li>
    ))}
  </ul>
);
