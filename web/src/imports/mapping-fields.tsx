import type { ComponentChildren } from 'preact';
import type { Format } from '../shell/i18n/format';
import type { ImportedKind } from './import-job';
import {
  type ColumnField,
  columnFields,
  dateFormats,
  importedKinds,
  type MappingDraft,
  type MissingField,
  requiredFields,
} from './mapping-draft';

interface MappingFieldsProps {
  draft: MappingDraft;
  onDraft: (draft: MappingDraft) => void;
  /** The id of each input, so that an error can move the focus to the first field at fault. */
  idOf: (field: MissingField | 'kindSource' | 'birthDate') => string;
  missing: readonly MissingField[];
  errorId: string | undefined;
  format: Format;
}

const optionalFields = columnFields.filter((field) => !requiredFields.includes(field));

/**
 * The mapping as a table, field → column of the file, each column header editable. The kind is read from a
 * column or is the same for every row; dates of birth are read in one of two formats.
 */
export const MappingFields = ({ draft, onDraft, idOf, missing, errorId, format }: MappingFieldsProps) => {
  const texts = format.messages.imports.mapping;
  const invalid = (field: MissingField) =>
    missing.includes(field) ? { 'aria-invalid': true, 'aria-describedby': errorId } : {};
  const column = (field: ColumnField) => (
    <ColumnInput
      id={idOf(field)}
      value={draft.columns[field]}
      onValue={(value) => onDraft({ ...draft, columns: { ...draft.columns, [field]: value } })}
      {...invalid(field)}
    />
  );
  return (
    <table class="mapping">
      <thead>
        <tr>
          <th scope="col">{texts.field}</th>
          <th scope="col">{texts.column}</th>
        </tr>
      </thead>
      <tbody>
        {requiredFields.map((field) => (
          <Row key={field} label={texts.fields[field]} for={idOf(field)} required format={format}>
            {column(field)}
          </Row>
        ))}
        <Row label={texts.kind} for={idOf('kindSource')} required format={format}>
          <select
            id={idOf('kindSource')}
            value={draft.fixedKind}
            onChange={(event) =>
              onDraft({ ...draft, fixedKind: event.currentTarget.value as ImportedKind | '' })
            }
          >
            <option value="">{texts.kindFromColumn}</option>
            {importedKinds.map((kind) => (
              <option key={kind} value={kind}>
                {format.fill(texts.kindFixed, { kind: texts.kinds[kind] })}
              </option>
            ))}
          </select>
          {draft.fixedKind === '' && (
            <ColumnInput
              id={idOf('kind')}
              label={texts.kindColumn}
              value={draft.kindColumn}
              onValue={(kindColumn) => onDraft({ ...draft, kindColumn })}
              {...invalid('kind')}
            />
          )}
        </Row>
        {optionalFields.map((field) => (
          <Row key={field} label={texts.fields[field]} for={idOf(field)} format={format}>
            {column(field)}
          </Row>
        ))}
        <Row label={texts.birthDate} for={idOf('birthDate')} format={format}>
          <ColumnInput
            id={idOf('birthDate')}
            value={draft.birthDateColumn}
            onValue={(birthDateColumn) => onDraft({ ...draft, birthDateColumn })}
          />
          <select
            aria-label={texts.dateFormat}
            value={draft.birthDateFormat}
            onChange={(event) =>
              onDraft({
                ...draft,
                birthDateFormat: event.currentTarget.value as MappingDraft['birthDateFormat'],
              })
            }
          >
            {dateFormats.map((dateFormat) => (
              <option key={dateFormat} value={dateFormat}>
                {texts.dateFormats[dateFormat]}
              </option>
            ))}
          </select>
        </Row>
      </tbody>
    </table>
  );
};

interface RowProps {
  label: string;
  for: string;
  required?: boolean;
  format: Format;
  children: ComponentChildren;
}

const Row = ({ label, for: inputId, required = false, format, children }: RowProps) => (
  <tr>
    <th scope="row">
      <label for={inputId}>{label}</label>
      {required && <span class="mapping__required"> {format.messages.imports.mapping.required}</span>}
    </th>
    <td>
      <div class="mapping__column">{children}</div>
    </td>
  </tr>
);

interface ColumnInputProps {
  id: string;
  value: string;
  onValue: (value: string) => void;
  /** For an input that the row's own label does not name. */
  label?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

/** A column header, typed as the file has it. */
const ColumnInput = ({ id, value, onValue, label, ...aria }: ColumnInputProps) => (
  <input
    id={id}
    type="text"
    value={value}
    onInput={(event) => onValue(event.currentTarget.value)}
    aria-label={label}
    autocomplete="off"
    autocapitalize="none"
    spellcheck={false}
    {...aria}
  />
);
