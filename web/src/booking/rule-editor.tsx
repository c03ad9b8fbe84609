import { bookingAudiences } from '#domain/booking/booking-rule';
import { placeKinds } from '#domain/places/place';
import type { Format } from '../shell/i18n/format';
import { CheckGroup, RuleGroup, RuleInput } from './rule-fields';
import { type FieldProblems, newWindowDraft, type RuleDraft, type WindowDraft } from './rules-draft';

interface RuleEditorProps {
  draft: RuleDraft;
  index: number;
  problems: FieldProblems;
  format: Format;
  onDraft: (draft: RuleDraft) => void;
  onRemove: () => void;
}

const weekdays = [1, 2, 3, 4, 5, 6, 7];

/** One rule of a curriculum: who, which rooms, how much, how far ahead, and when. */
export const RuleEditor = ({ draft, index, problems, format, onDraft, onRemove }: RuleEditorProps) => {
  const words = format.messages.booking.rules;
  const at = `rules.${index}`;
  const number = index + 1;
  const change =
    <K extends keyof RuleDraft>(field: K) =>
    (value: RuleDraft[K]) =>
      onDraft({ ...draft, [field]: value });
  const changeWindow = (position: number, window: WindowDraft) =>
    onDraft({ ...draft, windows: draft.windows.map((each, i) => (i === position ? window : each)) });

  return (
    <fieldset class="field-group framed">
      <legend>
        {format.fill(words.rule, { n: number })}
        {draft.label.trim() && ` · ${draft.label.trim()}`}
      </legend>
      <RuleInput
        label={words.label}
        type="text"
        value={draft.label}
        onValue={change('label')}
        problem={problems[`${at}.label`]}
      />
      <fieldset class="choices choices--inline">
        <legend>{words.audience}</legend>
        {bookingAudiences.map((audience) => (
          <label key={audience} class="choice__option">
            <input
              type="radio"
              name={`${at}.audience`}
              checked={draft.audience === audience}
              onChange={() => change('audience')(audience)}
            />
            {words.audiences[audience]}
          </label>
        ))}
      </fieldset>
      {draft.audience === 'students' && (
        <RuleInput
          label={words.levels}
          type="lines"
          value={draft.levels}
          onValue={change('levels')}
          problem={problems[`${at}.levels`]}
        />
      )}
      <CheckGroup
        legend={words.kinds}
        options={placeKinds.map((kind) => ({ value: kind, label: format.kind(kind) }))}
        chosen={draft.placeKinds}
        onChosen={change('placeKinds')}
        problem={problems[`${at}.placeKinds`]}
      />
      <div class="field-row">
        <RuleInput
          label={words.hoursPerWeek}
          type="number"
          min={0.5}
          step={0.5}
          value={draft.hoursPerWeek}
          onValue={change('hoursPerWeek')}
          problem={problems[`${at}.hoursPerWeek`]}
        />
        <RuleInput
          label={words.daysAhead}
          type="number"
          min={0}
          step={1}
          value={draft.daysAhead}
          onValue={change('daysAhead')}
          problem={problems[`${at}.daysAhead`]}
        />
        <RuleInput
          label={words.maxMinutes}
          type="number"
          min={15}
          step={15}
          optional
          value={draft.maxMinutes}
          onValue={change('maxMinutes')}
          problem={problems[`${at}.maxMinutes`]}
        />
      </div>
      <label class="choice__option">
        <input
          type="checkbox"
          checked={draft.needsApproval}
          onChange={(event) => change('needsApproval')(event.currentTarget.checked)}
        />
        {words.needsApproval}
      </label>
      <RuleGroup legend={words.windows}>
        {problems[`${at}.windows`] && <p class="booking-problem">{problems[`${at}.windows`]}</p>}
        {draft.windows.map((window, position) => (
          <WindowEditor
            key={window.key}
            window={window}
            at={`${at}.windows.${position}`}
            number={position + 1}
            problems={problems}
            format={format}
            onWindow={(changed) => changeWindow(position, changed)}
            onRemove={() => onDraft({ ...draft, windows: draft.windows.filter((_, i) => i !== position) })}
          />
        ))}
        <button
          type="button"
          class="button button--secondary"
          onClick={() => onDraft({ ...draft, windows: [...draft.windows, newWindowDraft()] })}
        >
          {words.addWindow}
        </button>
      </RuleGroup>
      <button type="button" class="button button--danger" onClick={onRemove}>
        {format.fill(words.removeRule, { n: number })}
      </button>
    </fieldset>
  );
};

interface WindowEditorProps {
  window: WindowDraft;
  at: string;
  number: number;
  problems: FieldProblems;
  format: Format;
  onWindow: (window: WindowDraft) => void;
  onRemove: () => void;
}

const WindowEditor = ({ window, at, number, problems, format, onWindow, onRemove }: WindowEditorProps) => {
  const words = format.messages.booking.rules;
  return (
    <fieldset class="field-group field-group--inner">
      <legend>{format.fill(words.window, { n: number })}</legend>
      <CheckGroup
        legend={words.weekdays}
        options={weekdays.map((day) => ({ value: day, label: format.weekday(day) }))}
        chosen={window.weekdays}
        onChosen={(chosen) => onWindow({ ...window, weekdays: chosen })}
        problem={problems[`${at}.weekdays`]}
      />
      <div class="field-row">
        <RuleInput
          label={words.from}
          type="time"
          value={window.from}
          onValue={(from) => onWindow({ ...window, from })}
          problem={problems[`${at}.from`]}
        />
        <RuleInput
          label={words.to}
          type="time"
          value={window.to}
          onValue={(to) => onWindow({ ...window, to })}
          problem={problems[`${at}.to`]}
        />
      </div>
      <button type="button" class="button button--secondary" onClick={onRemove}>
        {format.fill(words.removeWindow, { n: number })}
      </button>
    </fieldset>
  );
};
