import { ValidationError } from '#domain/shared/errors';
import { calendarDateProblem } from '#domain/shared/input-types';
import type { FormField } from './request-form';

export type Answer = string | number | boolean | string[];
export type Answers = Record<string, Answer>;

const maxLength = { text: 300, 'long-text': 2000 } as const;
/** Numbers people answer (stands, microphones, minutes) stay far below it; DynamoDB stores them exactly. */
const maxNumber = 1_000_000_000;

/**
 * The answers of a submission, checked against the form's fields: each one of its field's type, a choice among
 * the options offered, every required field answered. An empty answer is no answer. Errors name
 * `answers.<fieldId>`, as the page shows them beside the field, and one refusal lists every faulty answer.
 */
export const checkAnswers = (fields: readonly FormField[], answers: Record<string, unknown>): Answers => {
  const known = new Set(fields.map(({ id }) => id));
  const problems = Object.keys(answers)
    .filter((id) => !known.has(id))
    .map((id) => new ValidationError(`answers.${id}`, 'is not a field of this form', 'unknown_field'));
  const checked: Answers = {};
  for (const field of fields) {
    const answer = given(answers[field.id]);
    try {
      if (answer !== undefined) checked[field.id] = answerOf(field, answer);
      else if (field.required) throw new ValidationError(`answers.${field.id}`, 'is required', 'required');
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      problems.push(error);
    }
  }
  const [first, ...rest] = problems;
  if (first) throw ValidationError.of([first, ...rest]);
  return checked;
};

const given = (answer: unknown) => {
  if (answer === null || answer === undefined) return undefined;
  if (typeof answer === 'string' && answer.trim() === '') return undefined;
  if (Array.isArray(answer) && answer.length === 0) return undefined;
  return typeof answer === 'string' ? answer.trim() : answer;
};

const answerOf = (field: FormField, answer: unknown): Answer => {
  const invalid = (reason: string, code = 'invalid', limit?: number) =>
    new ValidationError(`answers.${field.id}`, reason, code, limit);
  switch (field.kind) {
    case 'text':
    case 'long-text': {
      const max = maxLength[field.kind];
      if (typeof answer !== 'string') throw invalid('must be text', 'wrong_type');
      if (answer.length > max) throw invalid(`must be at most ${max} characters`, 'too_long', max);
      return answer;
    }
    case 'number':
      if (typeof answer !== 'number' || !Number.isFinite(answer))
        throw invalid('must be a number', 'wrong_type');
      if (Math.abs(answer) > maxNumber)
        throw invalid('must be between -1,000,000,000 and 1,000,000,000', 'too_large', maxNumber);
      return answer;
    case 'date': {
      if (typeof answer !== 'string') throw invalid('must be a date YYYY-MM-DD', 'wrong_type');
      const problem = calendarDateProblem(answer);
      if (problem) throw invalid(problem);
      return answer;
    }
    case 'yes-no':
      if (typeof answer !== 'boolean') throw invalid('must be true or false', 'wrong_type');
      return answer;
    case 'choice':
      if (typeof answer !== 'string') throw invalid('must be one of the options offered', 'not_an_option');
      return offered(field, answer, invalid);
    case 'choices': {
      if (!Array.isArray(answer) || answer.some((option) => typeof option !== 'string'))
        throw invalid('must be a list of the options offered', 'wrong_type');
      const chosen = answer as string[];
      if (new Set(chosen).size !== chosen.length) throw invalid('names an option twice');
      return chosen.map((option) => offered(field, option, invalid));
    }
  }
};

const offered = (
  field: FormField,
  option: string,
  invalid: (reason: string, code?: string) => ValidationError,
) => {
  if (!field.options?.includes(option)) throw invalid(`offers no option « ${option} »`, 'not_an_option');
  return option;
};
