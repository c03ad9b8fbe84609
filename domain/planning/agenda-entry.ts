import type { ActivityHold, ActivityResources } from './activity';
import type { ProjectKind } from './project';

/**
 * One occurrence of an activity as a planning shows it: stored once per resource and day it concerns, so that
 * the week of a place, a person, a class or a project is one query.
 */
export interface AgendaEntry extends ActivityResources {
  activityId: string;
  projectId: string;
  projectKind: ProjectKind;
  title: string;
  /** The day the schedule gives this occurrence, which names it (for moves and cancellations). */
  seriesDate: string;
  /** The day it takes place, and its local times HH:mm. */
  date: string;
  start: string;
  end: string;
  /** Instants in UTC. */
  startsAt: string;
  endsAt: string;
  moved: boolean;
  /** An option a sales quote holds (`Activity.hold`): shown « Option », left out of calendar feeds. */
  hold?: ActivityHold;
}

/** An agenda entry with the other activities it overlaps on a shared resource, as the grid highlights them. */
export interface AgendaItem extends AgendaEntry {
  conflictsWith: string[];
}
