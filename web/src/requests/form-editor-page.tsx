import { useCallback, useEffect, useId, useRef, useState } from 'preact/hooks';
import { projectKinds } from '#domain/planning/project';
import type { Api } from '../api';
import { definesForms } from '../people/abilities';
import type { Me } from '../people/person';
import { paths } from '../routes';
import { FormAlert } from '../shell/forms/form-alert';
import { NoticePage } from '../shell/frame/notice-page';
import { fieldProblemsOf, fieldProblemText } from '../shell/http/api-error-words';
import { ApiError } from '../shell/http/api-errors';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import { Loaded } from '../shell/loading/loaded';
import { useLoad } from '../shell/loading/use-load';
import { Link } from '../shell/routing/link';
import { navigate } from '../shell/routing/navigation';
import { EditorField, EditorGroup } from './editor-controls';
import { FieldEditor } from './field-editor';
import { bodyOf, draftOf, type FormDraft, moved, newFieldDraft, relabelled } from './form-draft';
import { type EditorPart, type EditorPlace, editorPlaceOf } from './request-errors';
import type { RequestForm } from './request-types';

interface FormEditorPageProps {
  api: Api;
  format: Format;
  me: Me;
  /** The form to change; a new one without. */
  formId?: string;
}

/** `/formulaires/nouveau` and `/formulaires/{id}/modifier`: a request form and its questions, for those who define them. */
export const FormEditorPage = ({ api, format, me, formId }: FormEditorPageProps) => {
  const texts = format.messages.requests.editor;
  const load = useCallback(
    (signal: AbortSignal) => (formId ? api.requestForm(formId, signal) : Promise.resolve(undefined)),
    [api, formId],
  );
  const { state, retry } = useLoad(load);
  const title = formId ? texts.editTitle : texts.newTitle;
  if (!definesForms(me.profiles)) {
    return <NoticePage title={title} notice={texts.forbidden} />;
  }
  return (
    <section class="page page--form requests" aria-labelledby="editor-title">
      <p class="page__kicker">
        <Link href={paths.requestForms}>{texts.back}</Link>
      </p>
      <h2 id="editor-title">{title}</h2>
      <Loaded state={state} notFound={texts.notFound} format={format} retry={retry}>
        {(form) => <EditorForm api={api} format={format} form={form} />}
      </Loaded>
    </section>
  );
};

interface Refusal {
  message: string;
  /** The first control at fault, focused. */
  place?: EditorPlace;
  /** What is wrong with each control at fault, by its place's name: all are marked at once. */
  marks?: Record<string, string>;
}

const placeName = (place: EditorPlace) =>
  place.on === 'form' ? place.name : `fields.${place.index}.${place.part}`;

const EditorForm = ({ api, format, form }: { api: Api; format: Format; form?: RequestForm }) => {
  const texts = format.messages.requests.editor;
  const alertId = useId();
  const formElement = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<FormDraft>(() => draftOf(form));
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<Refusal>();

  useEffect(() => {
    if (!refusal?.place) return;
    const control = formElement.current?.querySelector<HTMLElement>(
      `[data-place="${CSS.escape(placeName(refusal.place))}"]`,
    );
    (control?.matches('fieldset') ? control.querySelector<HTMLElement>('input') : control)?.focus();
  }, [refusal]);

  const errorAt = (name: string) => {
    const reason = refusal?.marks && Object.hasOwn(refusal.marks, name) ? refusal.marks[name] : undefined;
    return reason === undefined ? undefined : format.fill(texts.invalid, { reason });
  };
  const update = (patch: Partial<FormDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const updateFields = (change: (fields: FormDraft['fields']) => FormDraft['fields']) =>
    setDraft((current) => ({ ...current, fields: change(current.fields) }));

  const refusalOf = (error: unknown): Refusal => {
    if (error instanceof ApiError && error.status === 412) return { message: texts.stale };
    if (error instanceof ApiError && error.status === 403) return { message: texts.forbidden };
    const marks: Record<string, string> = {};
    let first: EditorPlace | undefined;
    for (const problem of fieldProblemsOf(error)) {
      const place = editorPlaceOf(problem.field);
      if (!place) continue;
      first ??= place;
      marks[placeName(place)] ??= fieldProblemText(problem, format);
    }
    if (first) return { message: texts.checkForm, place: first, marks };
    return { message: format.fill(texts.failed, { reason: failureReason(error, format) }) };
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    setRefusal(undefined);
    try {
      const body = bodyOf(draft);
      if (form) await api.updateRequestForm(form.id, { ...body, version: form.version });
      else await api.createRequestForm(body);
      navigate(paths.requestForms);
    } catch (error) {
      setSaving(false);
      setRefusal(refusalOf(error));
    }
  };

  return (
    <form ref={formElement} class="form request-form" noValidate onSubmit={submit}>
      <EditorField
        label={texts.formTitle}
        place="title"
        value={draft.title}
        onValue={(title) => update({ title })}
        error={errorAt('title')}
        required
      />
      <EditorField
        label={texts.description}
        place="description"
        value={draft.description}
        onValue={(description) => update({ description })}
        multiline
        error={errorAt('description')}
      />
      <EditorGroup
        legend={texts.projectKinds}
        place="projectKinds"
        hint={texts.projectKindsHint}
        error={errorAt('projectKinds')}
        inline
      >
        {projectKinds.map((kind) => (
          <label key={kind} class="choice__option">
            <input
              type="checkbox"
              checked={draft.projectKinds.includes(kind)}
              onChange={(event) =>
                update({
                  projectKinds: projectKinds.filter((each) =>
                    each === kind ? event.currentTarget.checked : draft.projectKinds.includes(each),
                  ),
                })
              }
            />
            {format.projectKind(kind)}
          </label>
        ))}
      </EditorGroup>
      <EditorGroup legend={texts.status} place="status" error={errorAt('status')} inline>
        {(['open', 'closed'] as const).map((status) => (
          <label key={status} class="choice__option">
            <input
              type="radio"
              name="form-status"
              checked={draft.status === status}
              onChange={() => update({ status })}
            />
            {status === 'open' ? texts.open : texts.closed}
          </label>
        ))}
      </EditorGroup>
      <EditorGroup legend={texts.fields} place="fields" error={errorAt('fields')}>
        <ol class="item-list item-list--loose">
          {draft.fields.map((field, index) => (
            <li key={field.key}>
              <FieldEditor
                field={field}
                index={index}
                count={draft.fields.length}
                format={format}
                errorAt={(part: EditorPart) => errorAt(`fields.${index}.${part}`)}
                onChange={(patch) =>
                  updateFields((fields) =>
                    fields.map((each) => (each.key === field.key ? { ...each, ...patch } : each)),
                  )
                }
                onLabel={(label) => updateFields((fields) => relabelled(fields, field.key, label))}
                onMove={(by) => updateFields((fields) => moved(fields, index, by))}
                onRemove={() => updateFields((fields) => fields.filter((each) => each.key !== field.key))}
              />
            </li>
          ))}
        </ol>
        <button
          type="button"
          class="button button--secondary"
          onClick={() => updateFields((fields) => [...fields, newFieldDraft()])}
        >
          {texts.addField}
        </button>
      </EditorGroup>
      <FormAlert id={alertId} message={refusal?.message} />
      <button type="submit" class="button" aria-disabled={saving}>
        {saving ? texts.saving : texts.save}
      </button>
    </form>
  );
};
