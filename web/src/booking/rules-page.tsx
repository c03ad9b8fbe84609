import { useCallback, useId, useState } from 'preact/hooks';
import type { Api } from '../api';
import { managesBookings } from '../people/abilities';
import type { Me } from '../people/person';
import { FormAlert } from '../shell/forms/form-alert';
import { NoticePage } from '../shell/frame/notice-page';
import { fieldProblemsOf, fieldProblemText } from '../shell/http/api-error-words';
import { ApiError } from '../shell/http/api-errors';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import { useLoad } from '../shell/loading/use-load';
import { BookingNav } from './booking-nav';
import type { BookingRule } from './booking-types';
import { RuleEditor } from './rule-editor';
import {
  draftOf,
  draftProblems,
  type FieldProblems,
  fieldOfRefusal,
  newRuleDraft,
  type RuleDraft,
  ruleOf,
} from './rules-draft';

/** `/reservations/regles`: what each curriculum opens to its students, as planners set it. */
export const BookingRulesPage = ({ api, format, me }: { api: Api; format: Format; me: Me }) => {
  const words = format.messages.booking.rules;
  if (!managesBookings(me.profiles)) {
    return <NoticePage title={words.title} notice={words.forbidden} />;
  }
  return <EditableRules api={api} format={format} />;
};

const EditableRules = ({ api, format }: { api: Api; format: Format }) => {
  const words = format.messages.booking.rules;
  const load = useCallback((signal: AbortSignal) => api.bookingRules(signal), [api]);
  const { state } = useLoad(load);
  return (
    <section class="page booking" aria-labelledby="booking-rules-title">
      <BookingNav current="rules" format={format} />
      <h2 id="booking-rules-title">{words.title}</h2>
      <p class="page__intro">{words.intro}</p>
      {state.status === 'loading' && <p class="loading">{words.loading}</p>}
      {state.status === 'failed' && (
        <p class="notice notice--error" role="alert">
          {format.fill(words.failed, { reason: failureReason(state.error, format) })}
        </p>
      )}
      {state.status === 'loaded' && <RulesForm api={api} format={format} rules={state.value} />}
    </section>
  );
};

const RulesForm = ({ api, format, rules }: { api: Api; format: Format; rules: BookingRule[] }) => {
  const words = format.messages.booking.rules;
  const alertId = useId();
  const [drafts, setDrafts] = useState<RuleDraft[]>(() => rules.map(draftOf));
  const [problems, setProblems] = useState<FieldProblems>({});
  const [alert, setAlert] = useState<string>();
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);

  const edit = (next: RuleDraft[]) => {
    setDrafts(next);
    setSaved(false);
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (saving) return;
    const found = draftProblems(drafts, format.messages);
    setProblems(found);
    setSaved(false);
    if (Object.keys(found).length > 0) {
      setAlert(words.fix);
      return;
    }
    setAlert(undefined);
    setSaving(true);
    try {
      await api.saveBookingRules(drafts.map(ruleOf));
      setSaved(true);
    } catch (error) {
      refused(error);
    } finally {
      setSaving(false);
    }
  };

  const refused = (error: unknown) => {
    const onRules = fieldProblemsOf(error).filter(({ field }) => field.startsWith('rules.'));
    if (onRules.length > 0) {
      // Every refused field of every rule is marked at once, each with its reason.
      const marks = onRules.map((problem): [string, string] => [
        fieldOfRefusal(problem.field),
        format.fill(words.refusedField, { reason: fieldProblemText(problem, format) }),
      ]);
      setProblems(Object.fromEntries(marks.reverse()));
      setAlert(words.fix);
    } else if (error instanceof ApiError && error.status === 403) {
      setAlert(words.forbidden);
    } else {
      setAlert(format.fill(words.saveFailed, { reason: failureReason(error, format) }));
    }
  };

  return (
    <form class="form booking-rules" noValidate onSubmit={submit} aria-label={words.title}>
      {drafts.length === 0 && <p class="notice">{words.none}</p>}
      {drafts.map((draft, index) => (
        <RuleEditor
          key={draft.key}
          draft={draft}
          index={index}
          problems={problems}
          format={format}
          onDraft={(changed) => edit(drafts.map((each) => (each.key === draft.key ? changed : each)))}
          onRemove={() => {
            edit(drafts.filter((each) => each.key !== draft.key));
            // The problems are placed by the rules' positions, which removing shifts.
            setProblems({});
          }}
        />
      ))}
      <button
        type="button"
        class="button button--secondary"
        onClick={() => edit([...drafts, newRuleDraft(words.newRule)])}
      >
        {words.addRule}
      </button>
      <FormAlert id={alertId} message={alert} />
      <div role="status">{saved && <p class="notice notice--ok">{words.saved}</p>}</div>
      <div class="form__actions">
        <button type="submit" class="button" aria-disabled={saving}>
          {saving ? words.saving : words.save}
        </button>
      </div>
    </form>
  );
};
