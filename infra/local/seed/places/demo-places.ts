import type { Equipment, Place, PlaceKind } from '#domain/places/place';
import { seededRandom } from '../random';

const mainSite = 'Site Jean-Jaurès';
const annex = 'Site Berlioz';
const offSite = 'Hors les murs';
const createdAt = '2026-08-24T08:00:00.000Z';

interface Blueprint {
  name: string;
  kind: PlaceKind;
  capacity: number;
  equipment: Equipment[];
  site: string;
  building?: string;
  address?: string;
  bookable: boolean;
}

const offSiteVenues: readonly [string, string, number][] = [
  ['Église Saint-Eustache', '2 impasse Saint-Eustache, 75001 Paris', 600],
  ['Théâtre municipal', '12 place du Théâtre, 75010 Paris', 450],
  ['Salle des fêtes de la mairie', '1 place de la Mairie, 75019 Paris', 300],
  ['Temple du Marais', '17 rue Saint-Antoine, 75004 Paris', 250],
  ['Kiosque du parc', 'Parc des Buttes-Chaumont, 75019 Paris', 150],
  ['Médiathèque Hector-Berlioz', '24 rue de Flandre, 75019 Paris', 80],
  ['Auditorium du musée', '221 avenue Jean-Jaurès, 75019 Paris', 220],
  ['Chapelle de l’hôpital', '47 boulevard de l’Hôpital, 75013 Paris', 120],
  ['Maison de quartier', '8 rue Petit, 75019 Paris', 90],
  ['Collège Georges-Brassens', '4 rue Erik-Satie, 75019 Paris', 200],
  ['Lycée Diderot', '61 rue David-d’Angers, 75019 Paris', 350],
  ['Péniche Concert', 'Quai de la Loire, 75019 Paris', 70],
];

/** The places of the demo conservatoire: some 200 rooms on two sites plus off-site venues, always the same. */
export const demoPlaces = (): Place[] => {
  const random = seededRandom(2026);
  const pianos = (): Equipment[] => {
    if (random.chance(0.2)) return [{ type: 'grand-piano', quantity: 1 }];
    return random.chance(0.75) ? [{ type: 'upright-piano', quantity: 1 }] : [];
  };
  const blueprints: Blueprint[] = [
    ...range(90, (n) => ({
      name: `Studio ${n < 60 ? 100 + n + 1 : 200 + n - 59}`,
      kind: 'practice-room' as const,
      capacity: random.integer(1, 4),
      equipment: [
        ...pianos(),
        ...(random.chance(0.5) ? [{ type: 'music-stands', quantity: random.integer(1, 4) }] : []),
      ],
      site: n < 60 ? mainSite : annex,
      building: n < 60 ? 'Bâtiment B' : undefined,
      bookable: true,
    })),
    ...range(35, (n) => ({
      name: `Salle ${n < 25 ? 10 + n : 30 + n}`,
      kind: 'classroom' as const,
      capacity: random.integer(12, 30),
      equipment: [
        { type: 'whiteboard', quantity: 1 },
        ...(random.chance(0.6) ? [{ type: 'projector', quantity: 1 }] : []),
        ...(random.chance(0.7) ? [{ type: 'upright-piano', quantity: 1 }] : []),
      ],
      site: n < 25 ? mainSite : annex,
      building: n < 25 ? 'Bâtiment A' : undefined,
      bookable: false,
    })),
    ...range(20, (n) => ({
      name: `Salle de répétition ${n + 1}`,
      kind: 'rehearsal-room' as const,
      capacity: random.integer(15, 90),
      equipment: [
        { type: 'grand-piano', quantity: 1 },
        { type: 'music-stands', quantity: random.integer(20, 80) },
        ...(random.chance(0.3) ? [{ type: 'drum-kit', quantity: 1 }] : []),
      ],
      site: n < 14 ? mainSite : annex,
      building: n < 14 ? 'Bâtiment C' : undefined,
      bookable: n >= 14,
    })),
    ...range(10, (n) => ({
      name: `Studio de danse ${n + 1}`,
      kind: 'dance-studio' as const,
      capacity: random.integer(15, 35),
      equipment: [
        { type: 'mirrors', quantity: 1 },
        { type: 'barre', quantity: 1 },
        { type: 'sprung-floor', quantity: 1 },
        { type: 'upright-piano', quantity: 1 },
      ],
      site: mainSite,
      building: 'Bâtiment C',
      bookable: false,
    })),
    {
      name: 'Grande salle',
      kind: 'concert-hall',
      capacity: 800,
      equipment: concertEquipment(2),
      site: mainSite,
      building: 'Bâtiment A',
      bookable: false,
    },
    {
      name: 'Salle d’orgue',
      kind: 'concert-hall',
      capacity: 180,
      equipment: [
        { type: 'organ', quantity: 1 },
        { type: 'harpsichord', quantity: 1 },
      ],
      site: mainSite,
      building: 'Bâtiment A',
      bookable: false,
    },
    {
      name: 'Auditorium Debussy',
      kind: 'concert-hall',
      capacity: 350,
      equipment: concertEquipment(1),
      site: annex,
      bookable: false,
    },
    {
      name: 'Salle Nadia-Boulanger',
      kind: 'concert-hall',
      capacity: 150,
      equipment: concertEquipment(1),
      site: annex,
      bookable: false,
    },
    ...range(3, (n) => ({
      name: `Studio d’enregistrement ${n + 1}`,
      kind: 'recording-studio' as const,
      capacity: random.integer(4, 12),
      equipment: [
        { type: 'recording-desk', quantity: 1 },
        { type: 'grand-piano', quantity: 1 },
      ],
      site: mainSite,
      building: 'Bâtiment C',
      bookable: false,
    })),
    ...range(4, (n) => ({
      name: `Amphithéâtre ${String.fromCharCode(65 + n)}`,
      kind: 'lecture-hall' as const,
      capacity: random.integer(60, 200),
      equipment: [
        { type: 'projector', quantity: 1 },
        { type: 'sound-system', quantity: 1 },
        { type: 'grand-piano', quantity: 1 },
      ],
      site: n < 3 ? mainSite : annex,
      building: n < 3 ? 'Bâtiment A' : undefined,
      bookable: false,
    })),
    {
      name: 'Médiathèque',
      kind: 'library',
      capacity: 60,
      equipment: [],
      site: mainSite,
      building: 'Bâtiment A',
      bookable: false,
    },
    {
      name: 'Salle de lecture Berlioz',
      kind: 'library',
      capacity: 25,
      equipment: [],
      site: annex,
      bookable: false,
    },
    ...range(20, (n) => ({
      name: `Bureau ${n < 14 ? 1 : 2}${String(n % 14).padStart(2, '0')}`,
      kind: 'office' as const,
      capacity: random.integer(1, 6),
      equipment: [],
      site: n < 14 ? mainSite : annex,
      building: n < 14 ? 'Bâtiment A' : undefined,
      bookable: false,
    })),
    ...offSiteVenues.map(([name, address, capacity]) => ({
      name,
      kind: 'off-site-venue' as const,
      capacity,
      equipment: [],
      site: offSite,
      address,
      bookable: false,
    })),
  ];
  return blueprints.map((blueprint) => ({
    id: random.uuid(),
    ...withoutUndefined(blueprint),
    status: 'active',
    version: 1,
    createdAt,
    updatedAt: createdAt,
  }));
};

const range = <T>(count: number, make: (index: number) => T): T[] =>
  Array.from({ length: count }, (_, n) => make(n));

const concertEquipment = (grandPianos: number): Equipment[] => [
  { type: 'grand-piano', quantity: grandPianos },
  { type: 'sound-system', quantity: 1 },
  { type: 'music-stands', quantity: 100 },
];

const withoutUndefined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
