/**
 * A mini-site's tabs with their data resolved, ready to render: names, not ids, and only what the planner chose to
 * show. Occurrences carry no people at all; a project sheet lists its members only when the planner said so.
 */
export interface MiniSiteContent {
  site: { name: string; locale: 'fr' | 'en'; schoolName: string; timeZone: string; generatedAt: string };
  tabs: ResolvedTab[];
}

export interface OccurrenceView {
  /** YYYY-MM-DD and local HH:mm. */
  date: string;
  start: string;
  end: string;
  title: string;
  projectName?: string;
  places: string[];
  moved: boolean;
}

export type ResolvedTab =
  | {
      kind: 'project-sheet';
      /** File name of the tab's page, without `.html`: `noces-de-figaro`. */
      slug: string;
      title: string;
      project: { name: string; kind: string; description: string; status: string };
      /** Only when the planner chose to show them: names and roles, never contact details. */
      members?: { name: string; role: string }[];
      classes: string[];
      /** The next occurrences, from the generation day. */
      occurrences: OccurrenceView[];
    }
  | {
      kind: 'planning';
      slug: string;
      title: string;
      resourceLabel: string;
      days: { date: string; open: boolean; reason?: string; items: OccurrenceView[] }[];
    }
  | {
      kind: 'daily-bulletin';
      slug: string;
      title: string;
      date: string;
      open: boolean;
      reason?: string;
      /** Who is where today: every occurrence of the day, by place. */
      items: OccurrenceView[];
    }
  | {
      /** A work group's public page (school life): what it is, and its adult managers; never a pupil. */
      kind: 'work-group';
      slug: string;
      title: string;
      group: { kind: string; description: string };
      managers: string[];
    };

/** A file of a generated site: its path under the site's prefix, its content and type. */
export interface GeneratedFile {
  path: string;
  body: string;
  contentType: string;
}
