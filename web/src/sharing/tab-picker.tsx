import { useId, useState } from 'preact/hooks';
import { ChoiceField, SelectField } from '../planning/fields';
import { FormAlert } from '../shell/forms/form-alert';
import type { Format } from '../shell/i18n/format';
import type { MiniSiteTab } from './sharing-types';
import { resourcesOf, type TabResourceKind, type TabSources } from './tab-sources';

interface TabPickerProps {
  format: Format;
  sources: TabSources;
  /** Set when the site already has its 8 tabs. */
  full: boolean;
  onAdd: (tab: MiniSiteTab) => void;
}

const tabKinds = ['project-sheet', 'planning', 'daily-bulletin'] as const;
const resourceKinds: readonly TabResourceKind[] = ['place', 'class', 'project'];
const weekChoices = [1, 2, 3, 4, 5, 6, 7, 8];

/**
 * Adds a tab to a mini-site being composed: a project's sheet (members only if asked), the planning of a place, a
 * class or a project over 1 to 8 weeks, or the daily bulletin of a site. A part of the site's form, not a form.
 */
export const TabPicker = ({ format, sources, full, onAdd }: TabPickerProps) => {
  const texts = format.messages.sharing.form;
  const hintId = useId();
  const errorId = useId();
  const [kind, setKind] = useState<MiniSiteTab['kind']>('project-sheet');
  const [projectId, setProjectId] = useState('');
  const [showMembers, setShowMembers] = useState(false);
  const [resourceKind, setResourceKind] = useState<TabResourceKind>('place');
  const [resourceId, setResourceId] = useState('');
  const [weeks, setWeeks] = useState('2');
  const [site, setSite] = useState('');
  const [error, setError] = useState<string>();

  const tab = (): MiniSiteTab | undefined => {
    if (kind === 'project-sheet') return projectId ? { kind, projectId, showMembers } : undefined;
    if (kind === 'planning') {
      return resourceId
        ? { kind, resource: { kind: resourceKind, id: resourceId }, weeks: Number(weeks) }
        : undefined;
    }
    return { kind, ...(site && { site }) };
  };

  const add = () => {
    const chosen = tab();
    if (!chosen) {
      setError(texts.missingSource);
      return;
    }
    setError(undefined);
    onAdd(chosen);
    setProjectId('');
    setShowMembers(false);
    setResourceId('');
  };

  const missing = error ? errorId : undefined;
  return (
    <fieldset class="tab-picker">
      <legend>{texts.addTab}</legend>
      <ChoiceField
        legend={texts.tabKind}
        value={kind}
        options={tabKinds.map((value) => ({ value, label: texts.tabKinds[value] }))}
        onValue={(value) => {
          setKind(value);
          setError(undefined);
        }}
      />
      {kind === 'project-sheet' && (
        <>
          <SelectField label={texts.project} value={projectId} onValue={setProjectId} errorId={missing}>
            <option value="">{texts.choose}</option>
            {sources.projects.map(({ id, name }) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </SelectField>
          <div>
            <label class="choice__option">
              <input
                type="checkbox"
                checked={showMembers}
                aria-describedby={hintId}
                onChange={(event) => setShowMembers(event.currentTarget.checked)}
              />
              {texts.showMembers}
            </label>
            <p id={hintId} class="field__hint">
              {texts.showMembersHint}
            </p>
          </div>
        </>
      )}
      {kind === 'planning' && (
        <>
          <SelectField
            label={texts.resourceKind}
            value={resourceKind}
            onValue={(value) => {
              setResourceKind(value as TabResourceKind);
              setResourceId('');
            }}
          >
            {resourceKinds.map((each) => (
              <option key={each} value={each}>
                {texts.resourceKinds[each]}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={texts.resourceKinds[resourceKind]}
            value={resourceId}
            onValue={setResourceId}
            errorId={missing}
          >
            <option value="">{texts.choose}</option>
            {resourcesOf(resourceKind, sources).map(({ id, name }) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </SelectField>
          <SelectField label={texts.weeks} value={weeks} onValue={setWeeks}>
            {weekChoices.map((count) => (
              <option key={count} value={String(count)}>
                {format.count(texts.weekCount, count)}
              </option>
            ))}
          </SelectField>
        </>
      )}
      {kind === 'daily-bulletin' && (
        <SelectField label={texts.site} value={site} onValue={setSite}>
          <option value="">{texts.allSites}</option>
          {sources.sites.map((each) => (
            <option key={each} value={each}>
              {each}
            </option>
          ))}
        </SelectField>
      )}
      <FormAlert id={errorId} message={error ?? (full ? texts.full : undefined)} />
      <button
        type="button"
        class="button button--secondary"
        aria-disabled={full}
        onClick={full ? undefined : add}
      >
        {texts.add}
      </button>
    </fieldset>
  );
};
