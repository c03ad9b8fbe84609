import { describe, expect, it } from 'vitest';
import { closedReason } from '#web/src/planning/closed-reason';
import { en, fr } from '#web/src/shell/i18n/messages';

describe('why a day is closed, as the portal says it', () => {
  it('words the fixed reasons in the reader’s language', () => {
    expect(closedReason({ closure: 'closed-weekday' }, fr)).toBe('pas de cours ce jour de la semaine');
    expect(closedReason({ closure: 'closed-weekday' }, en)).toBe('no classes on this day of the week');
    expect(closedReason({ closure: 'outside-year' }, en)).toBe('outside the school year');
  });

  it('keeps the name the school gave a holiday or a closing day', () => {
    expect(closedReason({ closure: 'holiday', reason: 'Vacances de la Toussaint' }, en)).toBe(
      'Vacances de la Toussaint',
    );
  });
});
