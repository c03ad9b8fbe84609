import { html } from './html';
import { labelOf } from './messages';
import { dayTime, occurrenceItem } from './occurrences';
import type { SiteFrame } from './page-layout';
import type { ResolvedTab } from './site-content';

type ProjectSheetTab = Extract<ResolvedTab, { kind: 'project-sheet' }>;

/** A description as its planner wrote it: paragraphs between blank lines, line breaks kept within them. */
const paragraphs = (text: string) =>
  text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map(
      (paragraph) =>
        html`
      <p>${paragraph.split(/\r?\n/).map((line, index) => (index === 0 ? line : html`<br>${line}`))}</p>`,
    );

/** Names and roles, and only when the planner chose to show them: never a contact. */
const members = (tab: ProjectSheetTab, frame: SiteFrame) =>
  tab.members && tab.members.length > 0
    ? html`
    <section class="section" aria-labelledby="members">
      <h2 id="members">${frame.messages.projectSheet.members}</h2>
      <ul class="members">${tab.members.map(
        ({ name, role }) => html`
        <li><span class="members__name">${name}</span>${role.trim() ? html` — <span class="members__role">${role}</span>` : ''}</li>`,
      )}
      </ul>
    </section>`
    : '';

const nextOccurrences = (tab: ProjectSheetTab, frame: SiteFrame) => {
  const days = frame.order.byDay(tab.occurrences);
  return html`
    <section class="section" aria-labelledby="next">
      <h2 id="next">${frame.messages.projectSheet.nextOccurrences}</h2>${
        days.length === 0
          ? html`
      <p class="empty">${frame.messages.projectSheet.noOccurrences}</p>`
          : days.map(
              ({ date, items }) => html`
      <section class="day">
        <h3 class="day__date">${dayTime(date, frame)}</h3>
        <ul class="occurrences">${items.map((item) => occurrenceItem(item, frame, false))}
        </ul>
      </section>`,
            )
      }
    </section>`;
};

/** A project's sheet: what it is, for whom, who takes part when the planner says so, and what comes next. */
export const projectSheetTab = (tab: ProjectSheetTab, frame: SiteFrame) => {
  const { project } = tab;
  const labels = frame.messages.projectSheet;
  const description = paragraphs(project.description);
  return html`
    <h1>${tab.title}</h1>${project.name !== tab.title && html`<p class="lead">${project.name}</p>`}
    <dl class="facts">
      <div><dt>${labels.kind}</dt><dd>${labelOf(labels.kinds, project.kind)}</dd></div>
      <div><dt>${labels.status}</dt><dd><span class="status status--${project.status === 'cancelled' ? 'cancelled' : 'plain'}">${labelOf(labels.statuses, project.status)}</span></dd></div>${
        tab.classes.length > 0
          ? html`
      <div><dt>${labels.classes}</dt><dd>${tab.classes.join(', ')}</dd></div>`
          : ''
      }
    </dl>${
      description.length > 0
        ? html`
    <div class="description">${description}
    </div>`
        : ''
    }${members(tab, frame)}${nextOccurrences(tab, frame)}`;
};
