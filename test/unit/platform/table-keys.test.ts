import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { KeyPrefixes } from '#infra/definitions/table/key-prefixes';

/**
 * Every key prefix of the school table belongs to one module: two modules that chose the same partition or the same
 * sort-key prefix under a shared partition would read and overwrite each other's items. Each module's file in
 * `infra/definitions/table/` declares its prefixes; these checks hold the declarations to each other, and every key
 * the module's builders make to its declaration. A new `<module>-keys.ts` is found and checked without editing this.
 */

const tableFolder = join(import.meta.dirname, '../../../infra/definitions/table');

interface KeyModule {
  file: string;
  declarations: KeyPrefixes[];
  builders: Record<string, Record<string, unknown>>;
}

const isDeclaration = (value: unknown): value is KeyPrefixes =>
  typeof value === 'object' && value !== null && 'module' in value && 'partitions' in value;

const isBuilders = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  Object.values(value).some((member) => typeof member === 'function');

const loadKeyModules = async (): Promise<KeyModule[]> => {
  const files = readdirSync(tableFolder).filter((file) => file.endsWith('-keys.ts'));
  return Promise.all(
    files.map(async (file) => {
      const exports: Record<string, unknown> = await import(pathToFileURL(join(tableFolder, file)).href);
      return {
        file,
        declarations: Object.values(exports).filter(isDeclaration),
        builders: Object.fromEntries(
          Object.entries(exports).filter((entry): entry is [string, Record<string, unknown>] =>
            isBuilders(entry[1]),
          ),
        ),
      };
    }),
  );
};

/** Two prefixes meet when one starts with the other: a key under the longer one is also under the shorter one. */
const meet = (one: string, other: string) => one.startsWith(other) || other.startsWith(one);

/** Where two modules' declarations meet: partitions, or sort-key prefixes under one partition. */
const clashesOf = (declarations: readonly KeyPrefixes[]): string[] => {
  const clashes: string[] = [];
  declarations.forEach((one, index) => {
    for (const other of declarations.slice(index + 1)) {
      for (const partition of one.partitions) {
        for (const otherPartition of other.partitions.filter((candidate) => meet(partition, candidate))) {
          clashes.push(`partition ${partition} (${one.module}) meets ${otherPartition} (${other.module})`);
        }
      }
      for (const [partition, sortKeys] of Object.entries(one.sortKeys)) {
        for (const sortKey of sortKeys) {
          for (const otherSortKey of (other.sortKeys[partition] ?? []).filter((candidate) =>
            meet(sortKey, candidate),
          )) {
            clashes.push(
              `under ${partition}: sort key ${sortKey} (${one.module}) meets ${otherSortKey} (${other.module})`,
            );
          }
        }
      }
    }
  });
  return clashes;
};

/** The owner of the partition a key value is in: the module with the longest declared prefix of it. */
const ownerOf = (declarations: readonly KeyPrefixes[], value: string) =>
  declarations
    .flatMap((declaration) =>
      declaration.partitions
        .filter((partition) => value.startsWith(partition))
        .map((partition) => ({ declaration, partition })),
    )
    .sort((one, other) => other.partition.length - one.partition.length)[0];

/** A module writing under another's partition says so, and then the owner lists its own sort keys there too. */
const guestProblemsOf = (declarations: readonly KeyPrefixes[]): string[] =>
  declarations.flatMap((guest) =>
    Object.keys(guest.sortKeys).flatMap((partition) => {
      const owner = declarations.find((declaration) => declaration.partitions.includes(partition));
      if (!owner)
        return [`${guest.module} declares sort keys under ${partition}, a partition no module owns`];
      if (owner !== guest && !owner.sortKeys[partition]) {
        return [
          `${owner.module} must declare its sort keys under ${partition}, where ${guest.module} writes`,
        ];
      }
      return [];
    }),
  );

/**
 * A stand-in argument: a string where a builder takes one, an object whose every field is that string where it
 * takes an object. Each builder is called with '' (falsy fields) and 'active' (truthy ones, and active statuses).
 */
const samplesOf = (text: string): unknown[] => [
  text,
  new Proxy(
    {},
    {
      get: (_, property) => {
        if (property === Symbol.toPrimitive) return () => text;
        if (property === Symbol.iterator) return text[Symbol.iterator].bind(text);
        return typeof property === 'symbol' ? undefined : text;
      },
    },
  ),
];

/** The (partition, sort key) pairs of what a builder returns: a key, index attributes, a query's partition. */
const keysIn = (made: unknown): { partition: string; sortKey?: string }[] => {
  if (typeof made === 'string') return [{ partition: made }];
  if (typeof made !== 'object' || made === null) return [];
  const item = made as Record<string, unknown>;
  const pairs: { partition: string; sortKey?: string }[] = [];
  for (const [partitionName, sortKeyName] of [
    ['PK', 'SK'],
    ['GSI1PK', 'GSI1SK'],
    ['GSI2PK', 'GSI2SK'],
    ['GSI3PK', 'GSI3SK'],
    ['partitionKey', ''],
  ] as const) {
    const partition = item[partitionName];
    const sortKey = item[sortKeyName];
    if (typeof partition === 'string') {
      pairs.push({ partition, ...(typeof sortKey === 'string' && { sortKey }) });
    }
  }
  return pairs;
};

const undeclaredKeysOf = (keyModule: KeyModule, declarations: readonly KeyPrefixes[]): string[] => {
  const [declaration] = keyModule.declarations;
  if (!declaration) return [];
  const problems: string[] = [];
  for (const [buildersName, builders] of Object.entries(keyModule.builders)) {
    for (const [name, builder] of Object.entries(builders)) {
      if (typeof builder !== 'function') continue;
      const made = ['', 'active'].flatMap(samplesOf).flatMap((sample) => {
        try {
          return [builder(...Array.from({ length: builder.length + 1 }, () => sample))];
        } catch {
          return [];
        }
      });
      if (made.length === 0)
        problems.push(`${buildersName}.${name} could not be called with stand-in values`);
      for (const { partition, sortKey } of made.flatMap(keysIn)) {
        const owner = ownerOf(declarations, partition);
        const where = `${buildersName}.${name} makes ${partition}${sortKey === undefined ? '' : ` / ${sortKey}`}`;
        if (!owner) {
          problems.push(`${where}: no module declares its partition`);
          continue;
        }
        const ownSortKeys = declaration.sortKeys[owner.partition];
        if (owner.declaration !== declaration && !ownSortKeys) {
          problems.push(`${where}: in ${owner.declaration.module}'s partition ${owner.partition}`);
        } else if (sortKey === undefined && owner.declaration !== declaration) {
          problems.push(`${where}: the whole of ${owner.declaration.module}'s partition ${owner.partition}`);
        } else if (
          sortKey !== undefined &&
          ownSortKeys &&
          !ownSortKeys.some((prefix) => sortKey.startsWith(prefix))
        ) {
          problems.push(
            `${where}: not under a sort key ${declaration.module} declares in ${owner.partition}`,
          );
        }
      }
    }
  }
  return problems;
};

describe('the school table key prefixes', () => {
  it('are declared once per module file, named after the file', async () => {
    const keyModules = await loadKeyModules();

    expect(keyModules.length).toBeGreaterThanOrEqual(10);
    for (const keyModule of keyModules) {
      expect(
        keyModule.declarations.map((declaration) => `${declaration.module}-keys.ts`),
        keyModule.file,
      ).toEqual([keyModule.file]);
    }
  });

  it('belong to one module each: no partition, nor sort key under a shared partition, is claimed twice', async () => {
    const declarations = (await loadKeyModules()).flatMap((keyModule) => keyModule.declarations);

    expect(clashesOf(declarations)).toEqual([]);
    expect(guestProblemsOf(declarations)).toEqual([]);
  });

  it('cover every key the builders make, and a module writes in another’s partition only under its sort keys', async () => {
    const keyModules = await loadKeyModules();
    const declarations = keyModules.flatMap((keyModule) => keyModule.declarations);

    expect(keyModules.flatMap((keyModule) => undeclaredKeysOf(keyModule, declarations))).toEqual([]);
  });

  it('show the person partition shared by people, planning and sharing, each under its own sort keys', async () => {
    const declarations = (await loadKeyModules()).flatMap((keyModule) => keyModule.declarations);
    const inPersonPartition = Object.fromEntries(
      declarations
        .filter((declaration) => declaration.sortKeys['PERSON#'])
        .map((declaration) => [declaration.module, declaration.sortKeys['PERSON#']]),
    );

    expect(Object.keys(inPersonPartition).sort()).toEqual(['people', 'planning', 'sharing']);
    expect(inPersonPartition.planning).toEqual(['PROJECT#']);
    expect(inPersonPartition.sharing).toEqual(['FEED#']);
  });
});

describe('the key prefix checks', () => {
  const people: KeyPrefixes = {
    module: 'people',
    partitions: ['PERSON#', 'CLASS#'],
    sortKeys: { 'PERSON#': ['PERSON', 'CHANGE#'] },
  };

  it('catch a new module that takes a partition prefix another module owns, or one that meets it', () => {
    const messaging: KeyPrefixes = { module: 'messaging', partitions: ['CLASS#', 'PERSON'], sortKeys: {} };

    expect(clashesOf([people, messaging])).toEqual([
      'partition PERSON# (people) meets PERSON (messaging)',
      'partition CLASS# (people) meets CLASS# (messaging)',
    ]);
  });

  it('catch a module that writes under a shared partition with a sort key another module uses there', () => {
    const homework: KeyPrefixes = {
      module: 'homework',
      partitions: ['HOMEWORK#'],
      sortKeys: { 'PERSON#': ['CHANGE#HOMEWORK'] },
    };

    expect(clashesOf([people, homework])).toEqual([
      'under PERSON#: sort key CHANGE# (people) meets CHANGE#HOMEWORK (homework)',
    ]);
  });

  it('catch a module that writes under a partition whose owner lists no sort keys, or no one owns', () => {
    const places: KeyPrefixes = { module: 'places', partitions: ['PLACE#'], sortKeys: {} };
    const loans: KeyPrefixes = {
      module: 'loans',
      partitions: ['LOAN#'],
      sortKeys: { 'PLACE#': ['LOAN#'], 'INSTRUMENT#': ['LOAN#'] },
    };

    expect(guestProblemsOf([places, loans])).toEqual([
      'places must declare its sort keys under PLACE#, where loans writes',
      'loans declares sort keys under INSTRUMENT#, a partition no module owns',
    ]);
  });

  it('catch a builder that makes a key outside what its module declares', () => {
    const planning: KeyPrefixes = {
      module: 'planning',
      partitions: ['PROJECT#'],
      sortKeys: { 'PERSON#': ['PROJECT#'] },
    };
    const keyModule: KeyModule = {
      file: 'planning-keys.ts',
      declarations: [planning],
      builders: {
        planningKeys: {
          membership: (personId: string, projectId: string) => ({
            PK: `PERSON#${personId}`,
            SK: `PROJECT#${projectId}`,
          }),
          note: (personId: string) => ({ PK: `PERSON#${personId}`, SK: 'NOTE' }),
          classDay: (classId: string) => ({ PK: `CLASS#${classId}`, SK: 'DAY' }),
          stray: (id: string) => ({ partitionKey: `STRAY#${id}` }),
        },
      },
    };

    expect(new Set(undeclaredKeysOf(keyModule, [people, planning]))).toEqual(
      new Set([
        'planningKeys.note makes PERSON# / NOTE: not under a sort key planning declares in PERSON#',
        'planningKeys.note makes PERSON#active / NOTE: not under a sort key planning declares in PERSON#',
        "planningKeys.classDay makes CLASS# / DAY: in people's partition CLASS#",
        "planningKeys.classDay makes CLASS#active / DAY: in people's partition CLASS#",
        'planningKeys.stray makes STRAY#: no module declares its partition',
        'planningKeys.stray makes STRAY#active: no module declares its partition',
      ]),
    );
  });
});
