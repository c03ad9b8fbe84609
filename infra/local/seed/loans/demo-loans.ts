import type { Item, ItemChange, ItemCondition, ItemFamily } from '#domain/loans/item';

/**
 * The demo conservatoire's collection: some sixty instruments over five families (strings, woodwinds, brass,
 * percussion, early music), a few on loan until the end of the school year or in servicing, and the planning's
 * equipment (the halls' grand pianos, projectors, recorders) under ids activities may name. Ids are stable, so
 * that tests and links find them: `inst-violoncelle-1`, `steinway-grande-salle`.
 */
interface Line {
  family: ItemFamily;
  kind: string;
  slug: string;
  count: number;
  maker: string;
  model?: string;
  valueCents: number;
  accessories: string[];
  location: string;
}

const lines: Line[] = [
  {
    family: 'strings',
    kind: 'Violon 1/2',
    slug: 'violon-1-2',
    count: 5,
    maker: 'Mirecourt',
    valueCents: 45_000,
    accessories: ['étui', 'archet'],
    location: 'Réserve des cordes',
  },
  {
    family: 'strings',
    kind: 'Violon 3/4',
    slug: 'violon-3-4',
    count: 5,
    maker: 'Mirecourt',
    valueCents: 60_000,
    accessories: ['étui', 'archet'],
    location: 'Réserve des cordes',
  },
  {
    family: 'strings',
    kind: 'Violon 4/4',
    slug: 'violon-4-4',
    count: 3,
    maker: 'Jean-Baptiste Colin',
    valueCents: 180_000,
    accessories: ['étui', 'archet', 'mentonnière'],
    location: 'Réserve des cordes',
  },
  {
    family: 'strings',
    kind: 'Alto 38 cm',
    slug: 'alto-38',
    count: 3,
    maker: 'Höfner',
    valueCents: 90_000,
    accessories: ['étui', 'archet'],
    location: 'Réserve des cordes',
  },
  {
    family: 'strings',
    kind: 'Violoncelle 1/2',
    slug: 'violoncelle-1-2',
    count: 3,
    maker: 'Stentor',
    model: 'Student II',
    valueCents: 120_000,
    accessories: ['housse', 'archet', 'pique-stop'],
    location: 'Salle 12',
  },
  {
    family: 'strings',
    kind: 'Violoncelle 4/4',
    slug: 'violoncelle',
    count: 3,
    maker: 'Gliga',
    model: 'Gems 1',
    valueCents: 250_000,
    accessories: ['housse', 'archet', 'pique-stop'],
    location: 'Salle 12',
  },
  {
    family: 'strings',
    kind: 'Contrebasse 3/4',
    slug: 'contrebasse',
    count: 2,
    maker: 'Thomann',
    valueCents: 210_000,
    accessories: ['housse', 'archet'],
    location: 'Salle 12',
  },
  {
    family: 'winds',
    kind: 'Flûte traversière',
    slug: 'flute',
    count: 4,
    maker: 'Yamaha',
    model: 'YFL-212',
    valueCents: 70_000,
    accessories: ['étui', 'écouvillon'],
    location: 'Réserve des vents',
  },
  {
    family: 'winds',
    kind: 'Clarinette si bémol',
    slug: 'clarinette',
    count: 4,
    maker: 'Buffet Crampon',
    model: 'Prodige',
    valueCents: 95_000,
    accessories: ['étui', 'bec', 'ligature'],
    location: 'Réserve des vents',
  },
  {
    family: 'winds',
    kind: 'Hautbois',
    slug: 'hautbois',
    count: 2,
    maker: 'Rigoutat',
    valueCents: 380_000,
    accessories: ['étui'],
    location: 'Réserve des vents',
  },
  {
    family: 'winds',
    kind: 'Basson',
    slug: 'basson',
    count: 1,
    maker: 'Fox',
    model: 'Renard 220',
    valueCents: 620_000,
    accessories: ['étui', 'bocal'],
    location: 'Réserve des vents',
  },
  {
    family: 'winds',
    kind: 'Saxophone alto',
    slug: 'saxophone-alto',
    count: 3,
    maker: 'Selmer',
    model: 'Axos',
    valueCents: 240_000,
    accessories: ['étui', 'bec', 'cordon'],
    location: 'Réserve des vents',
  },
  {
    family: 'brass',
    kind: 'Trompette si bémol',
    slug: 'trompette',
    count: 4,
    maker: 'Yamaha',
    model: 'YTR-2330',
    valueCents: 55_000,
    accessories: ['étui', 'embouchure'],
    location: 'Réserve des cuivres',
  },
  {
    family: 'brass',
    kind: 'Cor en fa',
    slug: 'cor',
    count: 2,
    maker: 'Paxman',
    valueCents: 310_000,
    accessories: ['étui', 'embouchure'],
    location: 'Réserve des cuivres',
  },
  {
    family: 'brass',
    kind: 'Trombone ténor',
    slug: 'trombone',
    count: 3,
    maker: 'Courtois',
    valueCents: 130_000,
    accessories: ['étui', 'embouchure'],
    location: 'Réserve des cuivres',
  },
  {
    family: 'brass',
    kind: 'Tuba en ut',
    slug: 'tuba',
    count: 1,
    maker: 'Besson',
    valueCents: 520_000,
    accessories: ['housse', 'embouchure'],
    location: 'Réserve des cuivres',
  },
  {
    family: 'percussion',
    kind: 'Caisse claire',
    slug: 'caisse-claire',
    count: 3,
    maker: 'Pearl',
    valueCents: 35_000,
    accessories: ['housse', 'baguettes', 'pied'],
    location: 'Salle de percussions',
  },
  {
    family: 'percussion',
    kind: 'Glockenspiel',
    slug: 'glockenspiel',
    count: 2,
    maker: 'Bergerault',
    valueCents: 48_000,
    accessories: ['housse', 'mailloches'],
    location: 'Salle de percussions',
  },
  {
    family: 'percussion',
    kind: 'Djembé',
    slug: 'djembe',
    count: 2,
    maker: 'Meinl',
    valueCents: 18_000,
    accessories: ['housse'],
    location: 'Salle de percussions',
  },
  {
    family: 'early-music',
    kind: 'Flûte à bec alto',
    slug: 'flute-a-bec-alto',
    count: 3,
    maker: 'Mollenhauer',
    model: 'Denner',
    valueCents: 60_000,
    accessories: ['étui'],
    location: 'Salle d’orgue',
  },
  {
    family: 'early-music',
    kind: 'Viole de gambe basse',
    slug: 'viole-de-gambe',
    count: 2,
    maker: 'Atelier Charles Ribout',
    valueCents: 650_000,
    accessories: ['étui', 'archet'],
    location: 'Salle d’orgue',
  },
  {
    family: 'early-music',
    kind: 'Hautbois baroque',
    slug: 'hautbois-baroque',
    count: 1,
    maker: 'Sand Dalton',
    valueCents: 290_000,
    accessories: ['étui'],
    location: 'Salle d’orgue',
  },
  {
    family: 'early-music',
    kind: 'Traverso',
    slug: 'traverso',
    count: 1,
    maker: 'Martin Wenner',
    valueCents: 240_000,
    accessories: ['étui'],
    location: 'Salle d’orgue',
  },
];

/** The planning's equipment, by the ids activities name. */
const equipment: {
  itemId: string;
  kind: string;
  maker: string;
  model?: string;
  location: string;
  valueCents: number;
}[] = [
  {
    itemId: 'steinway-grande-salle',
    kind: 'Piano à queue',
    maker: 'Steinway & Sons',
    model: 'D-274',
    location: 'Grande salle',
    valueCents: 15_000_000,
  },
  {
    itemId: 'steinway-auditorium',
    kind: 'Piano à queue',
    maker: 'Steinway & Sons',
    model: 'B-211',
    location: 'Auditorium Debussy',
    valueCents: 9_500_000,
  },
  {
    itemId: 'clavecin-salle-orgue',
    kind: 'Clavecin',
    maker: 'Atelier Marc Ducornet',
    location: 'Salle d’orgue',
    valueCents: 3_800_000,
  },
  {
    itemId: 'videoprojecteur-1',
    kind: 'Vidéoprojecteur',
    maker: 'Epson',
    model: 'EB-W51',
    location: 'Régie',
    valueCents: 60_000,
  },
  {
    itemId: 'videoprojecteur-2',
    kind: 'Vidéoprojecteur',
    maker: 'Epson',
    model: 'EB-W51',
    location: 'Régie',
    valueCents: 60_000,
  },
  {
    itemId: 'enregistreur-zoom-1',
    kind: 'Enregistreur',
    maker: 'Zoom',
    model: 'H6',
    location: 'Régie',
    valueCents: 35_000,
  },
  {
    itemId: 'enregistreur-zoom-2',
    kind: 'Enregistreur',
    maker: 'Zoom',
    model: 'H6',
    location: 'Régie',
    valueCents: 35_000,
  },
];

const conditions: ItemCondition[] = ['good', 'good', 'new', 'fair', 'good'];

/** The collection as items, each at its first version, changed by nobody but the seed. */
export const demoItems = (schoolYearEnd: string, at: string): Item[] => {
  const instruments = lines.flatMap((line) =>
    Array.from({ length: line.count }, (_, index): Item => {
      const number = index + 1;
      // The first of each kind is free; the second of the larger kinds is lent until the end of the year.
      const onLoan = line.count >= 3 && number === 2;
      const servicing = line.count >= 4 && number === 4;
      return {
        itemId: `inst-${line.slug}-${number}`,
        family: line.family,
        kind: line.kind,
        maker: line.maker,
        ...(line.model && { model: line.model }),
        serialNumber: `${line.slug.replace(/-/g, '').toUpperCase()}-${String(100 + number * 17)}`,
        year: 2012 + ((number * 5 + line.count) % 13),
        valueCents: line.valueCents,
        condition: servicing ? 'poor' : (conditions[number % conditions.length] as ItemCondition),
        location: line.location,
        accessories: line.accessories,
        photos: [],
        status: onLoan ? 'on-loan' : servicing ? 'in-servicing' : 'available',
        ...(onLoan && { onLoanUntil: schoolYearEnd }),
        version: 1,
        updatedAt: at,
        updatedBy: 'seed',
      };
    }),
  );
  const pieces = equipment.map(
    (piece): Item => ({
      ...piece,
      family: 'equipment',
      condition: 'good',
      accessories: [],
      photos: [],
      status: 'available',
      version: 1,
      updatedAt: at,
      updatedBy: 'seed',
    }),
  );
  return [...instruments, ...pieces];
};

export const firstChangeOf = (item: Item): ItemChange => ({
  version: 1,
  at: item.updatedAt,
  by: item.updatedBy,
  change: 'created',
  fields: [],
  item,
});
