import type { Format } from '../shell/i18n/format';
import type { Answer, FormField } from './request-types';

/** An answer as a reader takes it: Oui or Non, a date in words, the options ticked in a row. */
export const answerText = (field: FormField, answer: Answer | undefined, format: Format): string => {
  const texts = format.messages.requests;
  if (answer === undefined || answer === '' || (Array.isArray(answer) && answer.length === 0)) {
    return texts.request.noAnswer;
  }
  if (typeof answer === 'boolean') return answer ? texts.yes : texts.no;
  if (typeof answer === 'number') return format.number(answer);
  if (Array.isArray(answer)) return answer.join(', ');
  return field.kind === 'date' ? format.date(answer) : answer;
};
