import { useId, useMemo } from 'preact/hooks';
import type { Format } from '../shell/i18n/format';
import { sortByLevel } from './by-level';
import { type DirectoryCriteria, type DirectoryKind, directoryKinds } from './directory-query';
import type { ClassSummary } from './person';

interface DirectoryFiltersProps {
  criteria: DirectoryCriteria;
  classes: readonly ClassSummary[];
  format: Format;
  /** `immediately` for a choice in a list or Enter; typing waits for a pause. */
  onChange: (criteria: DirectoryCriteria, immediately: boolean) => void;
}

/** The name to look for, and the kind and class that narrow it; there is no search button, Enter is enough. */
export const DirectoryFilters = ({ criteria, classes, format, onChange }: DirectoryFiltersProps) => {
  const texts = format.messages.directory;
  const nameId = useId();
  const hintId = useId();
  const kindId = useId();
  const classId = useId();
  const sortedClasses = useMemo(() => sortByLevel(classes, format.localeTag), [classes, format.localeTag]);
  return (
    <search aria-label={texts.filters}>
      <form
        class="filters"
        onSubmit={(event) => {
          event.preventDefault();
          onChange(criteria, true);
        }}
      >
        <div class="filters__field filters__field--name">
          <label for={nameId}>{texts.search}</label>
          <input
            id={nameId}
            type="search"
            value={criteria.name}
            onInput={(event) => onChange({ ...criteria, name: event.currentTarget.value }, false)}
            autocomplete="off"
            autocapitalize="none"
            spellcheck={false}
            enterkeyhint="search"
            aria-describedby={hintId}
          />
          <p id={hintId} class="field__hint">
            {texts.searchHint}
          </p>
        </div>
        <div class="filters__field">
          <label for={kindId}>{texts.kind}</label>
          <select
            id={kindId}
            value={criteria.kind}
            onChange={(event) =>
              onChange({ ...criteria, kind: event.currentTarget.value as DirectoryKind | '' }, true)
            }
          >
            <option value="">{texts.allKinds}</option>
            {directoryKinds.map((kind) => (
              <option key={kind} value={kind}>
                {texts.kinds[kind]}
              </option>
            ))}
          </select>
        </div>
        <div class="filters__field">
          <label for={classId}>{texts.class}</label>
          <select
            id={classId}
            value={criteria.classId}
            onChange={(event) => onChange({ ...criteria, classId: event.currentTarget.value }, true)}
          >
            <option value="">{texts.allClasses}</option>
            {sortedClasses.map((schoolClass) => (
              <option key={schoolClass.classId} value={schoolClass.classId}>
                {schoolClass.label}
              </option>
            ))}
          </select>
        </div>
      </form>
    </search>
  );
};
