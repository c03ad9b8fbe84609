import { useId, useState } from 'preact/hooks';
import type { Api } from '../api';
import { ConfirmDialog } from '../shell/forms/confirm-dialog';
import { FormAlert } from '../shell/forms/form-alert';
import type { Format } from '../shell/i18n/format';
import { describeMergeError } from './describe-merge-error';
import {
  type DuplicateGroup,
  groupName,
  hasSeveralAccounts,
  mergeOf,
  preselectedKeep,
} from './duplicate-group';
import { DuplicateRecord } from './duplicate-record';

interface DuplicateGroupCardProps {
  api: Api;
  group: DuplicateGroup;
  format: Format;
  onMerged: (group: DuplicateGroup) => void;
}

/** A group of records side by side, the one to keep chosen, and the merge, asked for twice. */
export const DuplicateGroupCard = ({ api, group, format, onMerged }: DuplicateGroupCardProps) => {
  const texts = format.messages.duplicates;
  const [keepId, setKeepId] = useState(() => preselectedKeep(group));
  const [confirming, setConfirming] = useState(false);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string>();
  const titleId = useId();
  const choice = useId();
  const errorId = useId();
  const name = groupName(group);
  const keptRank = group.people.findIndex(({ personId }) => personId === keepId) + 1;

  const merge = () => {
    setConfirming(false);
    setSending(true);
    setError(undefined);
    api.mergeGuardians(mergeOf(group, keepId)).then(
      () => onMerged(group),
      (failure: unknown) => {
        setSending(false);
        setError(describeMergeError(failure, format));
      },
    );
  };

  return (
    <section class="duplicate" aria-labelledby={titleId}>
      <h3 id={titleId}>{name}</h3>
      {group.shared.length > 0 && (
        <p class="muted">
          {format.fill(texts.shared, {
            details: group.shared.map((detail) => texts.details[detail]).join(', '),
          })}
        </p>
      )}
      <fieldset class="duplicate__records" disabled={sending}>
        <legend>{texts.keepLegend}</legend>
        {group.people.map((person, index) => (
          <DuplicateRecord
            key={person.personId}
            {...{ group, person, choice, format }}
            rank={index + 1}
            kept={person.personId === keepId}
            onKeep={() => {
              setKeepId(person.personId);
              setError(undefined);
            }}
          />
        ))}
      </fieldset>
      {hasSeveralAccounts(group) && <p class="notice">{texts.severalAccounts}</p>}
      <FormAlert id={errorId} message={error} />
      <button
        type="button"
        class="button"
        aria-disabled={sending}
        aria-describedby={error ? `${titleId} ${errorId}` : titleId}
        onClick={() => {
          if (!sending) setConfirming(true);
        }}
      >
        {texts.merge}
      </button>
      <p class={sending ? 'form__status' : 'visually-hidden'} role="status">
        {sending ? texts.merging : ''}
      </p>
      <ConfirmDialog
        open={confirming}
        title={format.message(texts.confirmTitle, { name })}
        text={format.fill(texts.confirmText, {
          n: keptRank,
          others: format.count(texts.mergedAway, group.people.length - 1),
        })}
        confirmLabel={texts.confirm}
        cancelLabel={texts.cancel}
        onConfirm={merge}
        onCancel={() => setConfirming(false)}
      />
    </section>
  );
};
