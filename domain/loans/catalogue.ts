import { type Html, html } from '#domain/sharing/mini-site/html';
import { siteCss } from '#domain/sharing/mini-site/site-css';
import { catalogueFamilies, familySlugs, type Item, type ItemFamily } from './item';
import type { CatalogueFile, CataloguePorts } from './loans-ports';
import { catalogueFrame, catalogueJpeg } from './photo-image';

// L1 public catalogues: a static page per family, for anyone with the address, written again when an item changes.

/** Where the catalogues live in the site bucket, under the mini-sites' prefix CloudFront serves: `s/instruments/`. */
export const cataloguesFolder = 's/instruments';
/** A family's catalogue's address on the school's site: stable, for the school's website to link. */
export const cataloguePath = (family: ItemFamily) => `/${cataloguesFolder}/${familySlugs[family]}/`;

export const familyTitles: Record<ItemFamily, string> = {
  strings: 'Cordes',
  winds: 'Bois',
  brass: 'Cuivres',
  percussion: 'Percussions',
  keyboards: 'Claviers',
  'early-music': 'Musique ancienne',
  voice: 'Voix',
  equipment: 'Équipement',
};

const catalogueCss = `${siteCss}
/* The instruments' catalogues */
.catalogue {
  list-style: none;
  margin: 0;
  padding: 0;
  display: grid;
  gap: 0.75rem;
}
.catalogue__item {
  border: 1px solid var(--border, #d0d4dc);
  border-radius: 0.5rem;
  padding: 0.75rem 1rem;
  break-inside: avoid;
}
.catalogue__title {
  font-size: 1.5rem;
  margin: 0 0 0.5rem;
}
.catalogue__kind {
  font-size: 1.1rem;
  margin: 0 0 0.25rem;
}
.catalogue__facts {
  margin: 0;
  color: var(--text-muted, #4a5160);
}
.availability {
  display: inline-block;
  margin-top: 0.4rem;
  font-weight: 600;
}
.availability--available {
  color: #1b6e3a;
}
.availability--taken {
  color: #8a4b00;
}
.catalogue__photo {
  display: block;
  width: 100%;
  max-width: ${catalogueFrame.width}px;
  height: auto;
  margin-bottom: 0.5rem;
  border-radius: 0.25rem;
}
.families {
  padding-left: 1.2rem;
}
@media print {
  .catalogue__item {
    border-color: #000;
  }
}
`;

const frenchDay = (date: string) =>
  new Intl.DateTimeFormat('fr-FR', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`));

/** What a catalogue says of an item's availability, from its status (and its loan's end, once the loans say it). */
export const availabilityOf = (
  item: Pick<Item, 'status' | 'onLoanUntil'>,
): { text: string; available: boolean } => {
  switch (item.status) {
    case 'available':
      return { text: 'Disponible', available: true };
    case 'on-loan':
      return {
        text: item.onLoanUntil ? `En prêt jusqu’au ${frenchDay(item.onLoanUntil)}` : 'En prêt',
        available: false,
      };
    case 'reserved':
      return { text: 'Réservé', available: false };
    case 'in-servicing':
      return { text: 'En révision', available: false };
    case 'retired':
      return { text: 'Réformé', available: false };
  }
};

/** The items a catalogue shows: not those retired. What it shows of each: never who borrows it. */
const shown = (items: readonly Item[]) => items.filter((item) => item.status !== 'retired');

/** Whether a pupil, a family or a teacher may ask for the item from the portal: one in servicing or out of order is not lent. */
const askable = (item: Item) =>
  item.family !== 'equipment' && item.status !== 'in-servicing' && item.condition !== 'out-of-order';

/** The portal's request page with the item chosen: signing in first, when one is not yet. */
const askLink = (item: Item) =>
  `/emprunter?${new URLSearchParams({ famille: item.family, instrument: item.itemId })}`;

// L4 photos: each item's first photo, in the frame of the catalogues, next to its family's page.

/** Where an item's first photo is shown, in its family's folder: a new photo gets a new address. */
export const cataloguePhotoName = (item: Pick<Item, 'itemId' | 'photos'>) => {
  const [first] = item.photos;
  return first ? `${item.itemId}-${first.photoId}.jpg` : undefined;
};
const photosFolder = (family: ItemFamily) => `${cataloguesFolder}/${familySlugs[family]}/photos/`;

/**
 * Puts in a family's `photos/` folder the first photo of each item it shows, drawn into the catalogues' frame, and
 * removes those no longer shown (an item retired, a photo removed): one listing, then only what changed. Answers the
 * names of the photos the page may show.
 */
const writeFamilyPhotos = async (family: ItemFamily, items: readonly Item[], ports: CataloguePorts) => {
  const folder = photosFolder(family);
  const present = new Set(await ports.files.list(folder));
  const shownPhotos = new Set<string>();
  const added: CatalogueFile[] = [];
  for (const item of items) {
    const name = cataloguePhotoName(item);
    const first = item.photos[0];
    if (!name || !first) continue;
    if (!present.has(name)) {
      // One photo decoded at a time: a phone's photo takes some 50 MB of pixels.
      const bytes = await ports.photos.read(item.itemId, first.photoId);
      if (!bytes) continue;
      const body = catalogueJpeg(bytes, first.contentType);
      added.push({ path: `${folder}${name}`, body, contentType: 'image/jpeg' });
    }
    shownPhotos.add(name);
  }
  if (added.length > 0) await ports.files.put(added);
  const gone = [...present].filter((name) => !shownPhotos.has(name));
  if (gone.length > 0) await ports.files.remove(gone.map((name) => `${folder}${name}`));
  return shownPhotos;
};

const photoOf = (item: Item, photos: ReadonlySet<string>) => {
  const name = cataloguePhotoName(item);
  return name && photos.has(name)
    ? html`
        <img class="catalogue__photo" src="photos/${name}" width="${catalogueFrame.width}" height="${catalogueFrame.height}" alt="${item.kind}" loading="lazy">`
    : '';
};

const itemCard = (item: Item, photos: ReadonlySet<string>) => {
  const availability = availabilityOf(item);
  const made = [item.maker, item.model, item.year === undefined ? undefined : String(item.year)]
    .filter(Boolean)
    .join(' · ');
  return html`
      <li class="catalogue__item">${photoOf(item, photos)}
        <h2 class="catalogue__kind">${item.kind}</h2>${
          made
            ? html`
        <p class="catalogue__facts">${made}</p>`
            : ''
        }${
          item.accessories.length > 0
            ? html`
        <p class="catalogue__facts">Avec : ${item.accessories.join(', ')}</p>`
            : ''
        }
        <p class="availability ${availability.available ? 'availability--available' : 'availability--taken'}">${availability.text}</p>${
          askable(item)
            ? html`
        <p><a class="catalogue__ask" href="${askLink(item)}">Demander ce prêt</a></p>`
            : ''
        }
      </li>`;
};

const page = (school: { name: string }, title: string, updated: string, main: Html) => html`<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="referrer" content="no-referrer">
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'">
    <title>${title} — ${school.name}</title>
    <link rel="stylesheet" href="/${cataloguesFolder}/catalogue.css">
  </head>
  <body>
    <a class="skip-link" href="#content">Aller au contenu</a>
    <header class="banner">
      <div class="banner__inner">
        <p class="banner__site">${title}</p>
        <p class="banner__school">${school.name}</p>
      </div>
    </header>
    <main id="content" class="content">
      <h1 class="catalogue__title">${title}</h1>
${main}
    </main>
    <footer class="footer"><p>Mis à jour le ${updated}. Pour emprunter un instrument, adressez-vous à l’accueil.</p></footer>
  </body>
</html>
`;

const updatedText = (at: Date, timeZone: string) =>
  new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone }).format(at);

/** A family's catalogue page: its items by kind, each with what comes with it and whether it is free. */
export const renderCatalogue = (
  family: ItemFamily,
  items: readonly Item[],
  context: { school: { name: string }; updated: string },
  photos: ReadonlySet<string> = new Set(),
) => {
  const listed = shown(items).sort(
    (a, b) => a.kind.localeCompare(b.kind, 'fr') || a.itemId.localeCompare(b.itemId),
  );
  const free = listed.filter((item) => item.status === 'available').length;
  const title = `Instruments : ${familyTitles[family]}`;
  const main = html`
      <p class="lead">${listed.length} instrument${listed.length > 1 ? 's' : ''}, dont ${free} disponible${free > 1 ? 's' : ''}. <a href="../">Toutes les familles</a></p>${
        listed.length === 0
          ? html`
      <p class="empty">Aucun instrument dans ce catalogue pour l’instant.</p>`
          : html`
      <ul class="catalogue">${listed.map((item) => itemCard(item, photos))}
      </ul>`
      }`;
  return page(context.school, title, context.updated, main).markup;
};

/** The catalogues' front page: a link to each family's, with how many instruments it has. */
export const renderCatalogueIndex = (
  counts: ReadonlyMap<ItemFamily, number>,
  context: { school: { name: string }; updated: string },
) => {
  const main = html`
      <p class="lead">Les instruments que l’établissement prête, par famille.</p>
      <ul class="families">${catalogueFamilies.map(
        (family) => html`
        <li><a href="./${familySlugs[family]}/">${familyTitles[family]}</a> (${counts.get(family) ?? 0})</li>`,
      )}
      </ul>`;
  return page(context.school, 'Catalogue des instruments', context.updated, main).markup;
};

const htmlFile = (path: string, body: string): CatalogueFile => ({
  path,
  body,
  contentType: 'text/html; charset=utf-8',
});

/**
 * Writes the catalogues of some families again, and the front page with every family's count: one query per
 * family. The planning's equipment has none. Called on each `ItemChanged`, and to publish them all.
 */
export const writeCatalogues = async (families: readonly ItemFamily[], ports: CataloguePorts) => {
  const updated = updatedText(ports.clock.now(), ports.school.timeZone);
  const context = { school: ports.school, updated };
  const counts = new Map<ItemFamily, number>();
  const files: CatalogueFile[] = [];
  for (const family of catalogueFamilies) {
    const items = await ports.inventory.allOfFamily(family);
    counts.set(family, shown(items).length);
    if (families.includes(family)) {
      const photos = await writeFamilyPhotos(family, shown(items), ports);
      files.push(
        htmlFile(
          `${cataloguesFolder}/${familySlugs[family]}/index.html`,
          renderCatalogue(family, items, context, photos),
        ),
      );
    }
  }
  files.push(htmlFile(`${cataloguesFolder}/index.html`, renderCatalogueIndex(counts, context)));
  files.push({
    path: `${cataloguesFolder}/catalogue.css`,
    body: catalogueCss,
    contentType: 'text/css; charset=utf-8',
  });
  await ports.files.put(files);
  return files.map(({ path }) => path);
};

/** The catalogues' addresses, for the portal to show and the school to link from its website. */
export const catalogueLinks = (origin: string) => ({
  index: `${origin}/${cataloguesFolder}/`,
  families: catalogueFamilies.map((family) => ({
    family,
    title: familyTitles[family],
    url: `${origin}${cataloguePath(family)}`,
  })),
});
