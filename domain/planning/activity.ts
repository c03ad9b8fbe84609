import type { WeeklySeries } from './weekly-series';

/** When an activity takes place: once, or every week over a span of the school year. Times are local, HH:mm. */
export type Schedule =
  | { kind: 'once'; date: string; start: string; end: string }
  | ({ kind: 'weekly' } & WeeklySeries);

/** What an activity holds while it runs: places, people, classes (or groups) and pieces of equipment. */
export interface ActivityResources {
  placeIds: string[];
  personIds: string[];
  classIds: string[];
  /** Pieces of equipment by their own id (« enregistreur-zoom-2 »), which cannot be in two places at once. */
  equipmentIds: string[];
}

/** The quote that holds an activity as an option, and the last day (YYYY-MM-DD, inclusive) it holds it. */
export interface ActivityHold {
  quoteId: string;
  until: string;
}

export interface Activity extends ActivityResources {
  id: string;
  projectId: string;
  title: string;
  schedule: Schedule;
  status: 'planned' | 'cancelled';
  /**
   * The planner saved over conflicts, knowingly: the occurrences are stored anyway, and every planning view
   * shows the overlap until it is resolved.
   */
  conflictsAccepted: boolean;
  /**
   * An option a sales quote holds on its slots until the client answers: the occurrences take the places as any
   * activity does (the same guarded write), and the plannings show them as « Option ». Accepting the quote removes
   * the mark; a refusal, a cancellation or the expiry cancels the activity.
   */
  hold?: ActivityHold;
  createdAt: string;
  updatedAt: string;
  version: number;
}
