import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import type { Format } from '../shell/i18n/format';

interface ChosenListProps {
  legend: string;
  /** What is chosen so far, with its name. */
  chosen: readonly { id: string; name: string }[];
  empty: string;
  addLabel: string;
  placeholder: string;
  /** The options still to choose from, as <option> or <optgroup> elements. */
  children: ComponentChildren;
  format: Format;
  onAdd: (id: string) => void;
  onRemove: (id: string) => void;
}

/**
 * Several things chosen among many (places, classes): those chosen, each with a button to remove it, and a list
 * to add one more. A select works with a keyboard and a screen reader, and holds two hundred places well.
 */
export const ChosenList = ({
  legend,
  chosen,
  empty,
  addLabel,
  placeholder,
  children,
  format,
  onAdd,
  onRemove,
}: ChosenListProps) => {
  const selectId = useId();
  return (
    <fieldset class="chosen">
      <legend>{legend}</legend>
      {chosen.length === 0 ? (
        <p class="muted">{empty}</p>
      ) : (
        <ul class="chosen__items">
          {chosen.map(({ id, name }) => (
            <li key={id} class="chosen__item">
              <span>{name}</span>
              <button
                type="button"
                class="chosen__remove"
                aria-label={format.fill(format.messages.planning.form.remove, { name })}
                onClick={() => onRemove(id)}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="field">
        <label for={selectId}>{addLabel}</label>
        <select
          id={selectId}
          value=""
          onChange={(event) => {
            const id = event.currentTarget.value;
            event.currentTarget.value = '';
            if (id) onAdd(id);
          }}
        >
          <option value="">{placeholder}</option>
          {children}
        </select>
      </div>
    </fieldset>
  );
};
