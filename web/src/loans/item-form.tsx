import { useId, useState } from 'preact/hooks';
import type { Item, ItemInput } from '#domain/loans/item';
import {
  type ItemFamily,
  itemConditions,
  itemFamilies,
  itemStatuses,
  statusesSetByLoans,
} from '#domain/loans/item-values';
import { FormAlert } from '../shell/forms/form-alert';
import { fieldProblemsOf } from '../shell/http/api-error-words';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';

interface Draft {
  family: ItemFamily;
  kind: string;
  maker: string;
  model: string;
  serialNumber: string;
  year: string;
  value: string;
  condition: Item['condition'];
  location: string;
  accessories: string;
  status: Item['status'];
  notes: string;
  itemId: string;
}

const draftOf = (item: Item | undefined, family: ItemFamily): Draft => ({
  family: item?.family ?? family,
  kind: item?.kind ?? '',
  maker: item?.maker ?? '',
  model: item?.model ?? '',
  serialNumber: item?.serialNumber ?? '',
  year: item?.year === undefined ? '' : String(item.year),
  value: item?.valueCents === undefined ? '' : (item.valueCents / 100).toFixed(2).replace('.', ','),
  condition: item?.condition ?? 'good',
  location: item?.location ?? '',
  accessories: item?.accessories.join(', ') ?? '',
  status: item?.status ?? 'available',
  notes: item?.notes ?? '',
  itemId: '',
});

/** « 1 234,50 » or « 1234.5 » as cents; what is not an amount goes as it is, for the API to refuse at its field. */
const centsOf = (value: string): number | undefined => {
  const text = value.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  if (text === '') return undefined;
  const amount = Number(text);
  return Number.isFinite(amount) ? Math.round(amount * 100) : Number.NaN;
};

/** The draft as the API takes it: blank fields left out. */
export const inputOf = (draft: Draft): ItemInput => {
  const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());
  const cents = centsOf(draft.value);
  return {
    family: draft.family,
    kind: draft.kind,
    ...(optional(draft.maker) && { maker: optional(draft.maker) }),
    ...(optional(draft.model) && { model: optional(draft.model) }),
    ...(optional(draft.serialNumber) && { serialNumber: optional(draft.serialNumber) }),
    ...(draft.year.trim() && { year: Number(draft.year) }),
    ...(cents !== undefined && { valueCents: cents }),
    condition: draft.condition,
    ...(optional(draft.location) && { location: optional(draft.location) }),
    accessories: draft.accessories
      .split(',')
      .map((accessory) => accessory.trim())
      .filter(Boolean),
    status: draft.status,
    ...(optional(draft.notes) && { notes: optional(draft.notes) }),
    ...(optional(draft.itemId) && { itemId: optional(draft.itemId) }),
  } as ItemInput;
};

interface ItemFormProps {
  format: Format;
  item?: Item;
  family: ItemFamily;
  submit: (input: ItemInput) => Promise<void>;
  cancel?: () => void;
}

/** An item's form, new or to change: phone first, one field a line, each problem said beside its field. */
export const ItemForm = ({ format, item, family, submit, cancel }: ItemFormProps) => {
  const texts = format.messages.loans;
  const id = useId();
  const [draft, setDraft] = useState(() => draftOf(item, family));
  const [status, setStatus] = useState<{ busy: boolean; error?: string; fields?: Record<string, string> }>({
    busy: false,
  });
  const heldByLoans = item !== undefined && statusesSetByLoans.includes(item.status);
  const send = async (event: Event) => {
    event.preventDefault();
    if (status.busy) return;
    setStatus({ busy: true });
    try {
      await submit(inputOf(draft));
      setStatus({ busy: false });
    } catch (error) {
      const fields = Object.fromEntries(
        fieldProblemsOf(error).map((problem) => [problem.field, problem.code]),
      );
      const labels = { ...texts.fields, valueCents: texts.fields.value, family: texts.family };
      setStatus({ busy: false, error: failureReason(error, format, labels), fields });
    }
  };
  const text = (
    name: keyof Draft,
    label: string,
    options: { inputMode?: 'numeric' | 'decimal'; required?: boolean } = {},
  ) => (
    <div class="field">
      <label for={`${id}-${name}`}>{label}</label>
      <input
        id={`${id}-${name}`}
        value={draft[name]}
        inputMode={options.inputMode}
        required={options.required}
        aria-invalid={status.fields?.[name === 'value' ? 'valueCents' : name] ? true : undefined}
        onInput={(event) => setDraft({ ...draft, [name]: event.currentTarget.value })}
      />
    </div>
  );
  const choice = <T extends string>(
    name: keyof Draft,
    label: string,
    values: readonly T[],
    words: Record<T, string>,
    disabled = false,
  ) => (
    <div class="field">
      <label for={`${id}-${name}`}>{label}</label>
      <select
        id={`${id}-${name}`}
        value={draft[name]}
        disabled={disabled}
        onChange={(event) => setDraft({ ...draft, [name]: event.currentTarget.value })}
      >
        {values.map((value) => (
          <option key={value} value={value}>
            {words[value]}
          </option>
        ))}
      </select>
    </div>
  );
  const settable = heldByLoans
    ? itemStatuses
    : itemStatuses.filter((each) => !statusesSetByLoans.includes(each));
  return (
    <form class="form loans-form" noValidate onSubmit={send}>
      {choice('family', texts.family, itemFamilies, texts.families, heldByLoans)}
      {text('kind', texts.fields.kind, { required: true })}
      {text('maker', texts.fields.maker)}
      {text('model', texts.fields.model)}
      {text('serialNumber', texts.fields.serialNumber)}
      {text('year', texts.fields.year, { inputMode: 'numeric' })}
      {text('value', texts.fields.value, { inputMode: 'decimal' })}
      {choice('condition', texts.fields.condition, itemConditions, texts.conditions)}
      {text('location', texts.fields.location)}
      {text('accessories', texts.fields.accessories)}
      {choice('status', texts.fields.status, settable, texts.statuses, heldByLoans)}
      {text('notes', texts.fields.notes)}
      {!item && draft.family === 'equipment' && text('itemId', texts.fields.itemId)}
      <FormAlert id={`${id}-error`} message={status.error} />
      <div class="loans-actions">
        <button type="submit" class="button" aria-disabled={status.busy}>
          {texts.save}
        </button>
        {cancel && (
          <button type="button" class="button button--secondary" onClick={cancel}>
            {texts.cancel}
          </button>
        )}
      </div>
    </form>
  );
};
