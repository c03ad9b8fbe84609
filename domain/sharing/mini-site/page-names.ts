import { keyOf } from '#domain/shared/text';

/** `index.html` is the first tab's page under another name: no tab may take it. */
const reserved = new Set(['index']);

/**
 * The file name of each tab's page, without `.html`, in the order of the tabs. A slug is already a file name when the
 * content is built; it is made one again here because it becomes a path in the bucket and a link: only a–z, 0–9 and
 * hyphens (`keyOf`), the tab's title when nothing is left, then `onglet-<n>`; a name already taken gets `-2`, `-3`….
 */
export const pageNames = (tabs: readonly { slug: string; title: string }[]) => {
  const taken = new Set(reserved);
  return tabs.map(({ slug, title }, index) => {
    const base = keyOf(slug) || keyOf(title) || `onglet-${index + 1}`;
    let name = base;
    for (let suffix = 2; taken.has(name); suffix += 1) name = `${base}-${suffix}`;
    taken.add(name);
    return name;
  });
};
