import type { BookingAudience } from '#domain/booking/booking-rule';
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

/** A rule as the form holds it: numbers as typed, levels one per line (none for teachers). */
export interface RuleDraft {
  key: string;
  label: string;
  audience: BookingAudience;
  levels: string;
  placeKinds: PlaceKind[];
  hoursPerWeek: string;
  /** The longest one booking may last, in minutes as typed; empty for no limit. */
  maxMinutes: string;
  daysAhead: string;
  windows: WindowDraft[];
  needsApproval: boolean;
}

/** What is wrong, by the field's path as the API names it: `rules.0.windows.1.to`. */
export type FieldProblems = Record<string, string>;

export const draftOf = (rule: BookingRule): RuleDraft => ({
  key: draftKey(),
  label: rule.label,
  audience: rule.audience ?? 'students',
  levels: rule.levels.join('\n'),
  placeKinds: [...rule.placeKinds],
  hoursPerWeek: String(rule.hoursPerWeek),
  maxMinutes: rule.maxMinutes === undefined ? '' : String(rule.maxMinutes),
  daysAhead: String(rule.daysAhead),
  windows: rule.windows.map((window) => ({ ...window, key: draftKey(), weekdays: [...window.weekdays] })),
  needsApproval: rule.needsApproval ?? false,
});

/** A new rule starts from what most curricula open: practice rooms, weekdays and Saturday, 8:00 to 20:00. */
export const newRuleDraft = (label: string): RuleDraft => ({
  key: draftKey(),
  label,
  audience: 'students',
  levels: '',
  placeKinds: ['practice-room'],
  hoursPerWeek: '4',
  maxMinutes: '',
  daysAhead: '14',
  windows: [newWindowDraft()],
  needsApproval: false,
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

/** The rule the API takes: a students' rule says no audience, as rules did before teachers had theirs. */
export const ruleOf = (draft: RuleDraft): BookingRule => ({
  label: draft.label.trim(),
  ...(draft.audience === 'teachers' ? { audience: 'teachers' as const } : {}),
  levels: draft.audience === 'teachers' ? [] : levelsOf(draft.levels),
  placeKinds: draft.placeKinds,
  hoursPerWeek: Number(draft.hoursPerWeek.replace(',', '.')),
  ...(draft.maxMinutes.trim() ? { maxMinutes: Number(draft.maxMinutes) } : {}),
  daysAhead: Number(draft.daysAhead),
  windows: draft.windows.map((window) => ({
    weekdays: [...window.weekdays].sort((a, b) => a - b),
    from: window.from,
    to: window.to,
  })),
  ...(draft.needsApproval ? { needsApproval: true } : {}),
});

/** The problems of the rules as typed, in the planner's words, each at the path of its field. */
export const draftProblems = (drafts: readonly RuleDraft[], messages: Messages): FieldProblems => {
  const words = messages.booking.rules.problems;
  const problems: FieldProblems = {};
  drafts.forEach((draft, index) => {
    const at = `rules.${index}`;
    const rule = ruleOf(draft);
    if (!rule.label) problems[`${at}.label`] = words.label;
    if (draft.audience === 'students' && rule.levels.length === 0) problems[`${at}.levels`] = words.levels;
    if (
      rule.maxMinutes !== undefined &&
      !(Number.isInteger(rule.maxMinutes) && rule.maxMinutes >= 15 && rule.maxMinutes <= 720)
    )
      problems[`${at}.maxMinutes`] = words.maxMinutes;
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
