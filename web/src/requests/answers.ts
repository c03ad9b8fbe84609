import type { Answer, FormField } from './request-types';

/** What a control of the form holds while it is filled: text, a tick, or the options ticked. */
export type AnswerDraft = string | boolean | string[];
export type AnswerDrafts = Record<string, AnswerDraft>;

const emptyAnswer = ({ kind }: FormField): AnswerDraft =>
  kind === 'yes-no' ? false : kind === 'choices' ? [] : '';

export const emptyAnswers = (fields: readonly FormField[]): AnswerDrafts =>
  Object.fromEntries(fields.map((field) => [field.id, emptyAnswer(field)]));

/** Whether a control was left as it came: no text, no option chosen. A yes-no always says something. */
export const isBlank = (draft: AnswerDraft | undefined) =>
  draft === undefined || draft === '' || (Array.isArray(draft) && draft.length === 0);

const textOf = (draft: AnswerDraft | undefined) => (typeof draft === 'string' ? draft.trim() : '');

const answerOf = (field: FormField, draft: AnswerDraft | undefined): Answer | undefined => {
  switch (field.kind) {
    case 'yes-no':
      return draft === true;
    case 'choices': {
      const ticked = Array.isArray(draft) ? draft : [];
      // In the order of the form, whatever order they were ticked in.
      const inOrder = (field.options ?? []).filter((option) => ticked.includes(option));
      return inOrder.length > 0 ? inOrder : undefined;
    }
    case 'number': {
      const text = textOf(draft).replace(',', '.');
      if (!text) return undefined;
      const number = Number(text);
      // Not a number: sent as typed, so that the API names the field rather than the form dropping it.
      return Number.isFinite(number) ? number : text;
    }
    default:
      return textOf(draft) || undefined;
  }
};

/**
 * The answers as the API takes them, field by field: text trimmed, numbers as numbers, the options ticked in the
 * form's order. A blank answer is left out; the API says which required one is missing.
 */
export const answersOf = (fields: readonly FormField[], drafts: AnswerDrafts): Record<string, Answer> =>
  Object.fromEntries(
    fields.flatMap((field): [string, Answer][] => {
      const answer = answerOf(field, drafts[field.id]);
      return answer === undefined ? [] : [[field.id, answer]];
    }),
  );

/** The options ticked after a tick box of a `choices` field changed. */
export const toggled = (ticked: readonly string[], option: string, checked: boolean) =>
  checked ? [...ticked.filter((each) => each !== option), option] : ticked.filter((each) => each !== option);
