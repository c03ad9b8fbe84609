/** One line of a school's journal: which event changed what, and when. */
export interface JournalEntry {
  eventId: string;
  occurredAt: string;
  source: string;
  type: string;
  /** The id of what changed (a place, later a person, an activity). */
  subjectId: string;
  /** A short human summary, such as the place's name. */
  summary: string;
}

export interface Journal {
  /** Appends an entry once: a redelivered event (EventBridge delivers at least once) adds nothing. */
  appendOnce(entry: JournalEntry): Promise<void>;
}
