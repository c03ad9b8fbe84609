import { designTokensCss } from '#domain/shared/design-tokens';

/**
 * The mini-site's one stylesheet, in the portal's colours and type (the tokens of domain/shared/design-tokens.ts), with the system's fonts:
 * nothing is fetched from elsewhere. Phones first, nothing wider than the screen at 360 px; the bulletin's table
 * stacks its rows below 40rem; on paper, black on white without the navigation.
 */
export const siteCss = `/* Préau mini-site */

${designTokensCss}
*,
*::before,
*::after {
  box-sizing: border-box;
}

html {
  -webkit-text-size-adjust: 100%;
  text-size-adjust: 100%;
}

body {
  margin: 0;
  background: var(--bg);
  color: var(--text);
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
  font-size: 1rem;
  line-height: 1.5;
  overflow-wrap: anywhere;
}

h1,
h2,
h3,
p,
ul,
dl,
dd {
  margin: 0;
}

h1 {
  font-size: 1.625rem;
  line-height: 1.25;
}

h2 {
  font-size: 1.25rem;
  line-height: 1.3;
}

h3 {
  font-size: 1.0625rem;
}

a {
  color: var(--link);
  text-underline-offset: 0.15em;
}

:focus-visible {
  outline: 3px solid var(--focus);
  outline-offset: 2px;
}

.skip-link {
  position: absolute;
  top: 0.5rem;
  left: 0.5rem;
  z-index: 10;
  padding: 0.5rem 0.75rem;
  border-radius: var(--radius);
  background: var(--surface);
  color: var(--text);
  font-weight: 600;
  transform: translateY(-200%);
}

.skip-link:focus {
  transform: none;
}

/* Header and tabs */

.banner {
  background: var(--brand);
  color: var(--on-brand);
}

.banner__inner,
.tabs__list,
.content,
.footer {
  max-width: 60rem;
  margin: 0 auto;
  padding-inline: 1rem;
}

.banner__inner {
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  justify-content: space-between;
  gap: 0.25rem 1.5rem;
  padding-block: 0.875rem;
}

.banner__site {
  font-size: 1.25rem;
  font-weight: 700;
}

.banner__school {
  color: var(--on-brand-muted);
}

.tabs {
  border-top: 1px solid rgb(255 255 255 / 0.15);
}

.tabs__list {
  display: flex;
  flex-wrap: wrap;
  gap: 0 0.25rem;
  padding-inline: 0.5rem;
  list-style: none;
}

.tabs__link {
  display: inline-block;
  padding: 0.625rem 0.5rem;
  border-bottom: 3px solid transparent;
  color: var(--on-brand);
  font-weight: 600;
  text-decoration: none;
}

.tabs__link:hover {
  border-bottom-color: var(--on-brand-muted);
}

.tabs__link[aria-current="page"] {
  border-bottom-color: var(--on-brand);
}

/* Content */

.content {
  display: flex;
  flex-direction: column;
  gap: 1.25rem;
  padding-block: 1.5rem 2rem;
}

.lead {
  margin-top: -0.75rem;
  color: var(--muted);
  font-size: 1.125rem;
}

.section {
  display: flex;
  flex-direction: column;
  gap: 0.75rem;
}

.empty {
  color: var(--muted);
}

.facts {
  display: flex;
  flex-wrap: wrap;
  gap: 0.5rem 2rem;
}

.facts dt {
  color: var(--muted);
  font-size: 0.875rem;
}

.facts dd {
  font-weight: 600;
}

.status--cancelled {
  color: var(--error-text);
}

.description {
  display: flex;
  flex-direction: column;
  gap: 0.75rem;
  max-width: 42rem;
}

.members {
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
  gap: 0.25rem 1.5rem;
  padding: 0;
  list-style: none;
}

.members__name {
  font-weight: 600;
}

.members__role {
  color: var(--muted);
}

/* Days and occurrences */

.day {
  padding: 1rem;
  border: 1px solid var(--border);
  border-radius: var(--radius);
  background: var(--surface);
}

.day__date {
  margin-bottom: 0.5rem;
  font-size: 1.0625rem;
}

.day__date::first-letter {
  text-transform: uppercase;
}

.day--closed {
  background: var(--head);
}

.closed {
  padding: 0.5rem 0.75rem;
  border-left: 4px solid var(--error-edge);
  border-radius: var(--radius);
  background: var(--error-bg);
  color: var(--error-text);
  font-weight: 600;
}

.occurrences {
  display: flex;
  flex-direction: column;
  padding: 0;
  list-style: none;
}

.occurrence {
  display: grid;
  grid-template-columns: minmax(0, 1fr);
  gap: 0 1rem;
  padding-block: 0.5rem;
  border-top: 1px solid var(--border);
}

.occurrence:first-child {
  border-top: 0;
}

.occurrence__time {
  font-variant-numeric: tabular-nums;
  font-weight: 600;
}

.occurrence__title {
  font-weight: 600;
}

.occurrence__project,
.occurrence__places {
  display: block;
  color: var(--muted);
}

.tag {
  display: inline-block;
  padding: 0 0.375rem;
  border-radius: 999px;
  background: var(--warn-bg);
  color: var(--warn-text);
  font-size: 0.8125rem;
  font-weight: 600;
}

@media (min-width: 40rem) {
  .occurrence {
    grid-template-columns: 8.5rem minmax(0, 1fr) minmax(0, 14rem);
  }

  .occurrence__places {
    text-align: right;
  }
}

/* Daily bulletin: a table on a wide screen, one card a row on a phone */

.bulletin {
  width: 100%;
  border-collapse: collapse;
  background: var(--surface);
}

.bulletin th,
.bulletin td {
  padding: 0.5rem 0.75rem;
  border: 1px solid var(--border);
  text-align: left;
  vertical-align: top;
}

.bulletin th {
  background: var(--head);
}

.bulletin__time {
  width: 1%;
  font-variant-numeric: tabular-nums;
  font-weight: 600;
  white-space: nowrap;
}

@media screen and (max-width: 40rem) {
  .bulletin,
  .bulletin tbody,
  .bulletin tr,
  .bulletin td {
    display: block;
  }

  .bulletin thead {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }

  .bulletin {
    background: none;
  }

  .bulletin tr {
    margin-bottom: 0.75rem;
    border: 1px solid var(--border);
    border-radius: var(--radius);
    background: var(--surface);
  }

  .bulletin td {
    position: relative;
    padding-left: 7rem;
    border: 0;
    border-top: 1px solid var(--border);
  }

  .bulletin td:first-child {
    border-top: 0;
  }

  .bulletin td::before {
    content: attr(data-label);
    position: absolute;
    left: 0.75rem;
    width: 5.75rem;
    color: var(--muted);
    font-weight: 400;
  }

  .bulletin__time {
    width: auto;
    white-space: normal;
  }
}

/* Footer */

.footer {
  padding-block: 1rem 2rem;
  color: var(--muted);
  font-size: 0.875rem;
}

/* On paper: the content only, black on white */

@media print {
  :root {
    --bg: #ffffff;
    --surface: #ffffff;
    --text: #000000;
    --muted: #000000;
    --border: #000000;
    --head: #ffffff;
    --error-bg: #ffffff;
    --error-text: #000000;
    --error-edge: #000000;
    --warn-bg: #ffffff;
    --warn-text: #000000;
    --link: #000000;
    color-scheme: light;
  }

  body {
    font-size: 11pt;
  }

  .tabs,
  .skip-link {
    display: none;
  }

  .banner {
    background: none;
    color: #000000;
    border-bottom: 2px solid #000000;
  }

  .banner__school {
    color: #000000;
  }

  .content {
    padding-block: 1rem;
  }

  .day,
  .bulletin tr,
  .occurrence {
    break-inside: avoid;
  }

  h1,
  h2,
  h3 {
    break-after: avoid;
  }

  .tag {
    border: 1px solid #000000;
  }
}
`;
