import { ApiError } from '../shell/http/api-errors';

/** The field a 400 names (`answers.mise-en-place`, `fields.2.options`, `comment`), if it is one. */
export const invalidField = (error: unknown) =>
  error instanceof ApiError && error.status === 400 ? error.field : undefined;

/** The id of the question a refused answer names: `answers.mise-en-place` → `mise-en-place`. */
export const answerInError = (field: string | undefined) =>
  field?.startsWith('answers.') ? field.slice('answers.'.length) || undefined : undefined;

export const editorParts = ['label', 'id', 'kind', 'required', 'options', 'help'] as const;
export type EditorPart = (typeof editorParts)[number];

/** Where in the form editor an error goes: a control of the form, or a part of one of its fields. */
export type EditorPlace =
  | { on: 'form'; name: 'title' | 'description' | 'projectKinds' | 'status' | 'fields' }
  | { on: 'field'; index: number; part: EditorPart };

const formControls = ['title', 'description', 'projectKinds', 'status', 'fields'] as const;

/**
 * The control of the editor a 400 names: `fields.2.options.1` is the options of the third field, `fields.2` its
 * label, `projectKinds.0` the project kinds. Undefined for a name the editor does not show.
 */
export const editorPlaceOf = (field: string | undefined): EditorPlace | undefined => {
  if (!field) return undefined;
  const [first, index, part] = field.split('.');
  if (first === 'fields' && index !== undefined && /^\d+$/.test(index)) {
    const known = editorParts.find((each) => each === part);
    return { on: 'field', index: Number(index), part: known ?? 'label' };
  }
  const name = formControls.find((each) => each === first);
  return name ? { on: 'form', name } : undefined;
};
