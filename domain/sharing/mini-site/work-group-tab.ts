import { html } from './html';
import { labelOf } from './messages';
import type { SiteFrame } from './page-layout';
import type { ResolvedTab } from './site-content';

type WorkGroupTab = Extract<ResolvedTab, { kind: 'work-group' }>;

/** A description as its managers wrote it: paragraphs between blank lines, line breaks kept within them. */
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

/** A work group's public page: what it is, what it is for, and the adults who manage it. */
export const workGroupTab = (tab: WorkGroupTab, frame: SiteFrame) => {
  const labels = frame.messages.workGroup;
  const description = paragraphs(tab.group.description);
  return html`
    <h1>${tab.title}</h1>
    <dl class="facts">
      <div><dt>${labels.kind}</dt><dd>${labelOf(labels.kinds, tab.group.kind)}</dd></div>
    </dl>${
      description.length > 0
        ? html`
    <div class="description">${description}
    </div>`
        : ''
    }${
      tab.managers.length > 0
        ? html`
    <section class="section" aria-labelledby="managers">
      <h2 id="managers">${labels.managers}</h2>
      <ul class="members">${tab.managers.map(
        (name) => html`
        <li><span class="members__name">${name}</span></li>`,
      )}
      </ul>
    </section>`
        : ''
    }`;
};
