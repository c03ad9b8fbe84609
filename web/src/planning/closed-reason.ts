import type { Closure } from '#domain/planning/school-calendar';
import type { Messages } from '../shell/i18n/messages';

/** Why a day is closed, in the reader's language: the name the school gave it, or the fixed reason worded. */
export const closedReason = (day: { closure?: Closure; reason?: string }, messages: Messages) =>
  day.reason ?? (day.closure ? messages.planning.closures[day.closure] : '');
