import type { Format } from '../shell/i18n/format';
import type { PlanningConflict } from './planning-types';

interface ConflictListProps {
  conflicts: readonly PlanningConflict[];
  format: Format;
  saving: boolean;
  onSaveAnyway: () => void;
}

/**
 * Why a change was refused: each activity already there, on which place, person or class, and when; then the
 * choice to save over it, knowingly. Announced as soon as it appears.
 */
export const ConflictList = ({ conflicts, format, saving, onSaveAnyway }: ConflictListProps) => {
  const texts = format.messages.planning.conflicts;
  return (
    <div class="notice notice--conflict" role="alert">
      <p class="notice__main">
        <span aria-hidden="true">⚠ </span>
        {format.count(texts.title, conflicts.length)}
      </p>
      <ul class="conflicts">
        {conflicts.map((conflict) => (
          <li
            key={`${conflict.resource.kind}:${conflict.resource.id}:${conflict.activityId}:${conflict.date}`}
          >
            {format.fill(texts.item, {
              resource: format.fill(texts.resourceKinds[conflict.resource.kind] ?? '{label}', {
                label: conflict.resource.label,
              }),
              title: conflict.title,
              date: format.day(conflict.date),
              time: format.timeSpan(conflict.start, conflict.end),
            })}
          </li>
        ))}
      </ul>
      <p>{texts.hint}</p>
      <button
        type="button"
        class="button button--warning"
        aria-disabled={saving}
        onClick={() => {
          if (!saving) onSaveAnyway();
        }}
      >
        {format.messages.planning.form.saveAnyway}
      </button>
    </div>
  );
};
