import { useCallback, useState } from 'preact/hooks';
import type { Api } from '../api';
import { publishesSharing, writesPlanning } from '../people/abilities';
import type { Me } from '../people/person';
import { ProjectRequests } from '../requests/project-requests';
import { paths } from '../routes';
import { ShareFeedButton } from '../sharing/share-feed-button';
import type { Format } from '../shell/i18n/format';
import { Loaded } from '../shell/loading/loaded';
import { useLoad } from '../shell/loading/use-load';
import { Link } from '../shell/routing/link';
import { ActivityPanel } from './activity-panel';
import { Fact } from './facts';
import { PlanningNav } from './planning-nav';
import type { Activity, ProjectSheet } from './planning-types';
import { scheduleText } from './schedule-text';

interface ProjectPageProps {
  api: Api;
  format: Format;
  me: Me;
  projectId: string;
}

/** `/projets/{id}`: a project's sheet: what it is, who takes part, and its activities, each opened in a panel. */
export const ProjectPage = ({ api, format, me, projectId }: ProjectPageProps) => {
  const texts = format.messages.planning.project;
  const load = useCallback((signal: AbortSignal) => api.project(projectId, signal), [api, projectId]);
  const { state, retry } = useLoad(load);
  return (
    <section class="page planning" aria-labelledby="project-title">
      <PlanningNav me={me} current="projects" format={format} />
      <h2 id="project-title">{state.status === 'loaded' ? state.value.project.name : texts.title}</h2>
      <Loaded state={state} notFound={texts.notFound} format={format} retry={retry}>
        {(sheet) => <ProjectSheetView api={api} format={format} me={me} sheet={sheet} onChanged={retry} />}
      </Loaded>
    </section>
  );
};

interface SheetProps {
  api: Api;
  format: Format;
  me: Me;
  sheet: ProjectSheet;
  onChanged: () => void;
}

const ProjectSheetView = ({ api, format, me, sheet, onChanged }: SheetProps) => {
  const texts = format.messages.planning.project;
  const { project, people, classes, activities } = sheet;
  const [opened, setOpened] = useState<string>();
  const nameOf = (personId: string) => {
    const person = people.find((each) => each.personId === personId);
    return person ? format.fullName(person) : personId;
  };
  return (
    <>
      <dl class="facts">
        <Fact label={texts.kind}>{format.projectKind(project.kind)}</Fact>
        <Fact label={texts.status}>
          {format.messages.planning.projectStatuses[project.status] ?? project.status}
        </Fact>
        {project.subject && <Fact label={texts.subject}>{project.subject}</Fact>}
        <Fact label={texts.description}>
          {project.description ? (
            <span class="pre-line">{project.description}</span>
          ) : (
            <span class="muted">{texts.noDescription}</span>
          )}
        </Fact>
      </dl>
      <div class="page__aside planning__actions">
        <Link href={paths.planningWeek('project', project.id)} class="button button--secondary">
          {texts.week}
        </Link>
        {publishesSharing(me.profiles) && (
          <ShareFeedButton
            api={api}
            format={format}
            selection={{ kind: 'project', id: project.id }}
            own={false}
          />
        )}
      </div>
      <section class="sheet__section" aria-labelledby="project-members">
        <h3 id="project-members">{texts.members}</h3>
        {project.members.length === 0 ? (
          <p class="muted">{texts.noMembers}</p>
        ) : (
          <ul class="names names--lines">
            {project.members.map((member) => (
              <li key={member.personId}>
                {nameOf(member.personId)} <span class="muted">· {member.role}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section class="sheet__section" aria-labelledby="project-classes">
        <h3 id="project-classes">{texts.classes}</h3>
        {classes.length === 0 ? (
          <p class="muted">{texts.noClasses}</p>
        ) : (
          <ul class="names">
            {classes.map((each) => (
              <li key={each.classId}>
                <Link href={paths.planningWeek('class', each.classId)}>{each.label}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section class="sheet__section" aria-labelledby="project-activities">
        <h3 id="project-activities">{texts.activities}</h3>
        {activities.length === 0 ? (
          <p class="muted">{texts.noActivities}</p>
        ) : (
          <ul class="activities">
            {[...activities].sort(byFirstDay).map((activity) => (
              <li key={activity.id} class={`activities__item block--${project.kind}`}>
                <button type="button" class="activities__open" onClick={() => setOpened(activity.id)}>
                  {activity.title}
                </button>
                <span class="activities__when">{scheduleText(activity.schedule, format)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <ProjectRequests api={api} format={format} me={me} project={project} />
      {opened && (
        <ActivityPanel
          api={api}
          format={format}
          activityId={opened}
          canWrite={writesPlanning(me.profiles)}
          onClose={() => setOpened(undefined)}
          onChanged={() => {
            setOpened(undefined);
            onChanged();
          }}
        />
      )}
    </>
  );
};

/** Activities in the order they start: the first day of their schedule, then the time. */
const byFirstDay = (a: Activity, b: Activity) => {
  const first = ({ schedule }: Activity) =>
    `${schedule.kind === 'once' ? schedule.date : schedule.from}T${schedule.start}`;
  return first(a).localeCompare(first(b));
};
