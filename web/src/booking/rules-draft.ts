import type { PlaceKind } from '#domain/places/place';
import type { Messages } from '../shell/i18n/messages';
import type { BookingRule } from './booking-types';

/** Tells the drafts of a list apart while some are added and removed; the API never sees it. */
let drafted = 0;
const draftKey = () => {
  drafted += 1;
  return `draft-${drafted}`;
};

/** A time window as the form holds it. */
export interface WindowDraft {
  key: string;
  weekdays: number[];
  from: string;
  to: string;
}

/** A rule as the form holds it: numbers as typed, levels one per line. */
export interface RuleDraft {
  key: string;
  label: string;
  levels: string;
  placeKinds: PlaceKind[];
  hoursPerWeek: string;
  daysAhead: string;
  windows: WindowDraft[];
}

/** What is wrong, by the field's path as the API names it: `rules.0.windows.1.to`. */
export type FieldProblems = Record<string, string>;

export const draftOf = (rule: BookingRule): RuleDraft => ({
  key: draftKey(),
  label: rule.label,
  levels: rule.levels.join('\n'),
  placeKinds: [...rule.placeKinds],
  hoursPerWeek: String(rule.hoursPerWeek),
  daysAhead: String(rule.daysAhead),
  windows: rule.windows.map((window) => ({ ...window, key: draftKey(), weekdays: [...window.weekdays] })),
});

/** A new rule starts from what most curricula open: practice rooms, weekdays and Saturday, 8:00 to 20:00. */
export const newRuleDraft = (label: string): RuleDraft => ({
  key: draftKey(),
  label,
  levels: '',
  placeKinds: ['practice-room'],
  hoursPerWeek: '4',
  daysAhead: '14',
  windows: [newWindowDraft()],
});

export const newWindowDraft = (): WindowDraft => ({
  key: draftKey(),
  weekdays: [1, 2, 3, 4, 5, 6],
  from: '08:00',
  to: '20:00',
});

const levelsOf = (typed: string) =>
  typed
    .split('\n')
    .map((level) => level.trim())
    .filter(Boolean);

const time = /^([01]\d|2[0-3]):[0-5]\d$/;

export const ruleOf = (draft: RuleDraft): BookingRule => ({
  label: draft.label.trim(),
  levels: levelsOf(draft.levels),
  placeKinds: draft.placeKinds,
  hoursPerWeek: Number(draft.hoursPerWeek.replace(',', '.')),
  daysAhead: Number(draft.daysAhead),
  windows: draft.windows.map((window) => ({
    weekdays: [...window.weekdays].sort((a, b) => a - b),
    from: window.from,
    to: window.to,
  })),
});

/** The problems of the rules as typed, in the planner's words, each at the path of its field. */
export const draftProblems = (drafts: readonly RuleDraft[], messages: Messages): FieldProblems => {
  const words = messages.booking.rules.problems;
  const problems: FieldProblems = {};
  drafts.forEach((draft, index) => {
    const at = `rules.${index}`;
    const rule = ruleOf(draft);
    if (!rule.label) problems[`${at}.label`] = words.label;
    if (rule.levels.length === 0) problems[`${at}.levels`] = words.levels;
    if (rule.placeKinds.length === 0) problems[`${at}.placeKinds`] = words.placeKinds;
    if (!(rule.hoursPerWeek > 0 && rule.hoursPerWeek <= 40))
      problems[`${at}.hoursPerWeek`] = words.hoursPerWeek;
    if (
      !(Number.isInteger(rule.daysAhead) && rule.daysAhead >= 0 && rule.daysAhead <= 120) ||
      !draft.daysAhead
    )
      problems[`${at}.daysAhead`] = words.daysAhead;
    if (rule.windows.length === 0) problems[`${at}.windows`] = words.windows;
    rule.windows.forEach((window, number) => {
      const place = `${at}.windows.${number}`;
      if (window.weekdays.length === 0) problems[`${place}.weekdays`] = words.weekdays;
      if (!time.test(window.from)) problems[`${place}.from`] = words.times;
      else if (!time.test(window.to)) problems[`${place}.to`] = words.times;
      else if (window.from >= window.to) problems[`${place}.to`] = words.endBeforeStart;
    });
  });
  return problems;
};

/**
 * The field a refusal of the API names, as the form shows it: a problem inside a list of weekdays or levels
 * (`rules.0.levels.2`) belongs to the list's field.
 */
export const fieldOfRefusal = (field: string) =>
  field.replace(/^(rules\.\d+\.(?:levels|placeKinds))\.\d+$/, '$1').replace(/(\.weekdays)\.\d+$/, '$1');
