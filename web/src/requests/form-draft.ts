import type { ProjectKind } from '#domain/planning/project';
import { fieldIdOf } from './field-id';
import type { FieldKind, FormField, FormStatus, RequestForm, RequestFormDraft } from './request-types';

/** A field as the editor holds it: options one per line, and whether the id still follows the label. */
export interface FieldDraft {
  /** Keeps a field's controls in place while fields move; never sent. */
  key: number;
  label: string;
  id: string;
  /** Once the definer writes the id, a new label no longer changes it. */
  idEdited: boolean;
  kind: FieldKind;
  required: boolean;
  options: string;
  help: string;
}

export interface FormDraft {
  title: string;
  description: string;
  projectKinds: ProjectKind[];
  status: FormStatus;
  fields: FieldDraft[];
}

let lastKey = 0;
const nextKey = () => {
  lastKey += 1;
  return lastKey;
};

export const hasOptions = (kind: FieldKind) => kind === 'choice' || kind === 'choices';

const fieldDraftOf = ({ id, label, kind, required, options, help }: FormField): FieldDraft => ({
  key: nextKey(),
  label,
  id,
  idEdited: true,
  kind,
  required,
  options: (options ?? []).join('\n'),
  help: help ?? '',
});

export const newFieldDraft = (): FieldDraft => ({
  key: nextKey(),
  label: '',
  id: '',
  idEdited: false,
  kind: 'text',
  required: false,
  options: '',
  help: '',
});

/** The editor's start: the form as it is, or a new open form with one empty field. */
export const draftOf = (form?: RequestForm): FormDraft =>
  form
    ? {
        title: form.title,
        description: form.description,
        projectKinds: [...form.projectKinds],
        status: form.status,
        fields: form.fields.map(fieldDraftOf),
      }
    : { title: '', description: '', projectKinds: [], status: 'open', fields: [newFieldDraft()] };

const linesOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

const fieldOf = (draft: FieldDraft): FormField => {
  const help = draft.help.trim();
  return {
    id: draft.id.trim(),
    label: draft.label.trim(),
    kind: draft.kind,
    required: draft.required,
    ...(hasOptions(draft.kind) && { options: linesOf(draft.options) }),
    ...(help && { help }),
  };
};

/** The body the API takes: text trimmed, options one per non-blank line, and only for choices. */
export const bodyOf = (draft: FormDraft): RequestFormDraft => ({
  title: draft.title.trim(),
  description: draft.description.trim(),
  projectKinds: draft.projectKinds,
  status: draft.status,
  fields: draft.fields.map(fieldOf),
});

/** A field with a new label: its id follows, kept apart from the others', until the definer writes one. */
export const relabelled = (fields: readonly FieldDraft[], key: number, label: string): FieldDraft[] =>
  fields.map((field) => {
    if (field.key !== key) return field;
    if (field.idEdited) return { ...field, label };
    const taken = fields.filter((other) => other.key !== key).map((other) => other.id);
    return { ...field, label, id: label.trim() ? fieldIdOf(label, taken) : '' };
  });

/** The fields with the one at `index` moved up (-1) or down (+1); unchanged at either end. */
export const moved = <T>(items: readonly T[], index: number, by: -1 | 1): T[] => {
  const target = index + by;
  if (target < 0 || target >= items.length) return [...items];
  const copy = [...items];
  const [item] = copy.splice(index, 1);
  if (item !== undefined) copy.splice(target, 0, item);
  return copy;
};
