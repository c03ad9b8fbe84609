/**
 * Préau's design tokens, light and dark: the colours, the radius and the colour scheme. The portal's stylesheet
 * (through the web build) and the mini-site's both start with them, so that the two never drift apart.
 */
export const designTokensCss = `:root {
  --bg: #f4f5f7;
  --surface: #ffffff;
  --text: #1b1f24;
  --muted: #56606c;
  --border: #d9dde3;
  --head: #eef1f4;
  --brand: #1d3557;
  --on-brand: #ffffff;
  --on-brand-muted: #c9d6e8;
  --focus: #2456c7;
  --ok-bg: #e1f2e6;
  --ok-text: #135e2c;
  --neutral-bg: #eceef1;
  --neutral-text: #4c5561;
  --error-bg: #fcebea;
  --error-text: #8a1d1a;
  --error-edge: #c4312b;
  --ok-edge: #2f8a4c;
  --warn-bg: #fff1cc;
  --warn-text: #6a4500;
  --link: #1f4fa8;
  --radius: 0.5rem;
  color-scheme: light dark;
}

@media (prefers-color-scheme: dark) {
  :root {
    --bg: #14171b;
    --surface: #1d2127;
    --text: #e8ebef;
    --muted: #a9b2bd;
    --border: #343a43;
    --head: #252a31;
    --brand: #102238;
    --on-brand-muted: #a9bdd8;
    --focus: #8fb0ff;
    --ok-bg: #173a24;
    --ok-text: #9fe0b2;
    --neutral-bg: #2a2f36;
    --neutral-text: #bcc4ce;
    --error-bg: #3a1b1a;
    --error-text: #ffc2bd;
    --error-edge: #ff7b72;
    --ok-edge: #5cc27d;
    --warn-bg: #3b2f10;
    --warn-text: #ffd98a;
    --link: #9dbcff;
  }
}
`;
