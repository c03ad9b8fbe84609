import { useId } from 'preact/hooks';
import type { Format } from '../shell/i18n/format';
import { EditorField, FieldError } from './editor-controls';
import { type FieldDraft, hasOptions } from './form-draft';
import type { EditorPart } from './request-errors';
import { type FieldKind, fieldKinds } from './request-types';

interface FieldEditorProps {
  field: FieldDraft;
  index: number;
  count: number;
  format: Format;
  /** What the API found wrong with a part of this field, if anything. */
  errorAt: (part: EditorPart) => string | undefined;
  onChange: (patch: Partial<FieldDraft>) => void;
  onLabel: (label: string) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

/** One question of a form: its label and id, kind of answer, whether required, options and help; moved or removed. */
export const FieldEditor = ({
  field,
  index,
  count,
  format,
  errorAt,
  onChange,
  onLabel,
  onMove,
  onRemove,
}: FieldEditorProps) => {
  const texts = format.messages.requests.editor;
  const kindId = useId();
  const requiredId = useId();
  const number = index + 1;
  const place = (part: EditorPart) => `fields.${index}.${part}`;
  const kindError = errorAt('kind');
  return (
    <fieldset class="field-group framed field-editor">
      <legend>{format.fill(texts.field, { number })}</legend>
      <EditorField
        label={texts.label}
        place={place('label')}
        value={field.label}
        onValue={onLabel}
        error={errorAt('label')}
        required
      />
      <EditorField
        label={texts.id}
        place={place('id')}
        value={field.id}
        onValue={(id) => onChange({ id, idEdited: true })}
        hint={texts.idHint}
        error={errorAt('id')}
        required
      />
      <div class="field">
        <label for={kindId}>{texts.kind}</label>
        <select
          id={kindId}
          value={field.kind}
          data-place={place('kind')}
          aria-invalid={kindError ? true : undefined}
          aria-describedby={kindError ? `${kindId}-error` : undefined}
          onChange={(event) => onChange({ kind: event.currentTarget.value as FieldKind })}
        >
          {fieldKinds.map((kind) => (
            <option key={kind} value={kind}>
              {format.messages.requests.fieldKinds[kind]}
            </option>
          ))}
        </select>
        <FieldError id={`${kindId}-error`} message={kindError} />
      </div>
      <label class="choice__option" for={requiredId}>
        <input
          id={requiredId}
          type="checkbox"
          checked={field.required}
          data-place={place('required')}
          onChange={(event) => onChange({ required: event.currentTarget.checked })}
        />
        {texts.required}
      </label>
      {hasOptions(field.kind) && (
        <EditorField
          label={texts.options}
          place={place('options')}
          value={field.options}
          onValue={(options) => onChange({ options })}
          multiline
          error={errorAt('options')}
          required
        />
      )}
      <EditorField
        label={texts.help}
        place={place('help')}
        value={field.help}
        onValue={(help) => onChange({ help })}
        error={errorAt('help')}
      />
      <div class="field-editor__actions">
        {index > 0 && (
          <button
            type="button"
            class="button button--secondary button--small"
            aria-label={format.fill(texts.moveUpLabel, { number })}
            onClick={() => onMove(-1)}
          >
            {texts.moveUp}
          </button>
        )}
        {index < count - 1 && (
          <button
            type="button"
            class="button button--secondary button--small"
            aria-label={format.fill(texts.moveDownLabel, { number })}
            onClick={() => onMove(1)}
          >
            {texts.moveDown}
          </button>
        )}
        {count > 1 && (
          <button
            type="button"
            class="button button--secondary button--small"
            aria-label={format.fill(texts.removeLabel, { number })}
            onClick={onRemove}
          >
            {texts.remove}
          </button>
        )}
      </div>
    </fieldset>
  );
};
