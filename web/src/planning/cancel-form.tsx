import { useId, useState } from 'preact/hooks';
import type { Api } from '../api';
import { FormAlert } from '../shell/forms/form-alert';
import type { Format } from '../shell/i18n/format';
import { ChoiceField, FormActions, InputField } from './fields';
import { describeSaveError } from './planning-errors';
import type { Activity, Cancellation, Occurrence } from './planning-types';
import { usePlanningSave } from './use-planning-save';

interface CancelFormProps {
  api: Api;
  format: Format;
  activity: Activity;
  occurrence?: Occurrence;
  onCancelled: () => void;
  onBack: () => void;
}

type Scope = Cancellation['scope'];

/** Cancels an occurrence, it and the following ones, or the whole activity, with a reason the people are told. */
export const CancelForm = ({ api, format, activity, occurrence, onCancelled, onBack }: CancelFormProps) => {
  const texts = format.messages.planning;
  const errorId = useId();
  const series = activity.schedule.kind === 'weekly' && occurrence !== undefined;
  const [scope, setScope] = useState<Scope>(series ? 'one' : 'all');
  const [reason, setReason] = useState('');
  const { state, save } = usePlanningSave(
    () =>
      api.cancelActivity(activity.id, {
        scope,
        ...(scope !== 'all' && occurrence && { seriesDate: occurrence.seriesDate }),
        ...(reason.trim() && { reason: reason.trim() }),
      }),
    onCancelled,
  );
  const saving = state.status === 'saving';

  return (
    <form
      class="form planning-form"
      noValidate
      aria-label={texts.cancel.title}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      {series && (
        <ChoiceField
          legend={texts.cancel.scope}
          value={scope}
          options={[
            { value: 'one', label: texts.cancel.one },
            { value: 'following', label: texts.cancel.following },
            { value: 'all', label: texts.cancel.all },
          ]}
          onValue={setScope}
        />
      )}
      <InputField label={texts.cancel.reason} type="text" value={reason} onValue={setReason} />
      <FormAlert
        id={errorId}
        message={state.status === 'failed' ? describeSaveError(state.error, format) : undefined}
      />
      <FormActions
        saving={saving}
        submit={texts.cancel.submit}
        submitting={texts.cancel.cancelling}
        danger
        back={texts.cancel.back}
        onBack={onBack}
      />
    </form>
  );
};
