import type { ComponentChildren } from 'preact';

/** A line of a sheet: what, then its value. Goes in a <dl class="facts">. */
export const Fact = ({ label, children }: { label: string; children: ComponentChildren }) => (
  <div class="facts__row">
    <dt>{label}</dt>
    <dd>{children}</dd>
  </div>
);

/** Names in a row, separated by commas; a word such as « Aucun » when there are none. */
export const Names = ({ items, empty }: { items: readonly ComponentChildren[]; empty: string }) =>
  items.length === 0 ? (
    <span class="muted">{empty}</span>
  ) : (
    <ul class="names">
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
