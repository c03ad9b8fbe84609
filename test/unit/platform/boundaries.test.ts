import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layers' boundaries, read from the imports of every source file: relative paths (`../../functions/…`),
 * subpath imports (`#functions/…`, resolved through package.json's `imports`) and packages alike.
 *
 * - `infra/definitions/` is what CDK and the local platform both read: no CDK import, none of the CDK app.
 * - `events/` holds contracts that other tools read: zod and its own schemas, nothing else (no domain type either:
 *   the domain maps its values to a contract, never the other way round).
 * - `domain/` is pure: no AWS SDK, Lambda tooling or CDK; no handler, infrastructure or web code.
 * - `web/src/` runs in the browser: no handler, no infrastructure, no CDK or AWS SDK.
 * - `functions/lib/` is below the modules' handlers: it composes no module's adapters.
 */

const root = resolve(import.meta.dirname, '../../..');

type Target = { package: string } | { path: string };

interface Rule {
  folder: string;
  /** Why an import of this folder's files is refused, or nothing when it is allowed. */
  refuse: (target: Target) => string | undefined;
}

const packageName = (target: Target) => ('package' in target ? target.package : undefined);
const pathOf = (target: Target) => ('path' in target ? target.path : undefined);
const isPackage = (target: Target, ...names: string[]) =>
  names.some((name) => packageName(target) === name || packageName(target)?.startsWith(`${name}/`));
const isUnder = (target: Target, ...folders: string[]) =>
  folders.some((folder) => pathOf(target)?.startsWith(folder));

const cdk = ['aws-cdk-lib', 'constructs', 'cdk-nag'];

const rules: Rule[] = [
  {
    folder: 'infra/definitions/',
    refuse: (target) => {
      if (isPackage(target, ...cdk)) return 'CDK in the definitions layer';
      if (isUnder(target, 'infra/constructs/', 'infra/stacks/', 'infra/app')) return 'the CDK app';
    },
  },
  {
    folder: 'events/',
    refuse: (target) => {
      if (isPackage(target, 'zod') || isUnder(target, 'events/')) return undefined;
      return 'an event contract imports zod and its own schemas only';
    },
  },
  {
    folder: 'domain/',
    refuse: (target) => {
      if (isPackage(target, '@aws-sdk', '@middy', '@aws-lambda-powertools', 'aws-lambda', ...cdk)) {
        return 'AWS or CDK in the domain';
      }
      if (isUnder(target, 'functions/', 'infra/', 'web/')) return 'handler, infrastructure or web code';
    },
  },
  {
    folder: 'web/src/',
    refuse: (target) => {
      if (isPackage(target, '@aws-sdk', ...cdk)) return 'AWS or CDK in the web app';
      if (isUnder(target, 'functions/', 'infra/')) return 'handler or infrastructure code';
    },
  },
  {
    folder: 'functions/lib/',
    refuse: (target) => {
      if (/^functions\/[^/]+\/adapters\//.test(pathOf(target) ?? '')) return "a module's adapters";
    },
  },
];

/**
 * Crossings that exist today, each with why it is tolerated until it is fixed. The test fails when one is gone,
 * so that the list only shrinks.
 */
const knownCrossings: Record<string, string> = {};

const subpathImports: Record<string, string> =
  JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).imports ?? {};

/** Where an import leads: a package, or a path from the repository's root (without extension). */
const targetOf = (file: string, specifier: string): Target => {
  if (specifier.startsWith('.')) return { path: relative(root, resolve(root, dirname(file), specifier)) };
  if (specifier.startsWith('#')) {
    for (const [pattern, replacement] of Object.entries(subpathImports)) {
      const [head = '', tail = ''] = pattern.split('*');
      if (specifier.startsWith(head) && specifier.endsWith(tail)) {
        const matched = specifier.slice(head.length, specifier.length - tail.length);
        return {
          path: relative(root, resolve(root, replacement.replace('*', matched))).replace(/\.tsx?$/, ''),
        };
      }
    }
  }
  return { package: specifier };
};

/** The specifiers a source imports or re-exports, statically or dynamically, comments left out. */
const specifiersOf = (source: string): string[] => {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const statics = code.matchAll(
    /^\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]/gm,
  );
  const dynamics = code.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g);
  return [...statics, ...dynamics].map((match) => match[1] ?? '');
};

const crossingsOf = (file: string, source: string): string[] =>
  rules
    .filter((rule) => file.startsWith(rule.folder))
    .flatMap((rule) =>
      specifiersOf(source).flatMap((specifier) => {
        const target = targetOf(file, specifier);
        const reason = rule.refuse(target);
        return reason ? [`${file} -> ${pathOf(target) ?? specifier}`] : [];
      }),
    );

const sourcesUnder = (folder: string): string[] =>
  readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => join(folder, file));

describe('the layers’ boundaries', () => {
  it('hold in every source file, but for the known crossings listed with their reason', () => {
    const crossings = rules
      .flatMap((rule) => sourcesUnder(rule.folder))
      .flatMap((file) => crossingsOf(file, readFileSync(join(root, file), 'utf8')));

    expect(crossings.filter((crossing) => !(crossing in knownCrossings))).toEqual([]);
    expect(
      Object.keys(knownCrossings).filter((known) => !crossings.includes(known)),
      'a known crossing is fixed: remove it from the list',
    ).toEqual([]);
  });

  it('are checked on relative paths, subpath imports and packages alike', () => {
    const source = [
      "import { bind } from '../../infra/constructs/bind';",
      'import {',
      '  type Person,',
      "} from '#functions/people/adapters/dynamo-people';",
      "export * from '../../web/src/format';",
      "const lazy = () => import('@aws-sdk/client-s3');",
      "import { z } from 'zod/mini';",
      "import { placeOf } from './place';",
      "// import { nothing } from '../../functions/lib/http';",
    ].join('\n');

    expect(crossingsOf('domain/places/use.ts', source)).toEqual([
      'domain/places/use.ts -> infra/constructs/bind',
      'domain/places/use.ts -> functions/people/adapters/dynamo-people',
      'domain/places/use.ts -> web/src/format',
      'domain/places/use.ts -> @aws-sdk/client-s3',
    ]);
    expect(crossingsOf('events/places/place-events.ts', source)).toHaveLength(4);
    expect(
      crossingsOf('events/places/place-events.ts', "import type { Place } from '../../domain/places/place';"),
    ).toEqual(['events/places/place-events.ts -> domain/places/place']);
    expect(crossingsOf('functions/lib/http.ts', source)).toEqual([
      'functions/lib/http.ts -> functions/people/adapters/dynamo-people',
    ]);
    expect(crossingsOf('infra/definitions/routes.ts', "import { Stack } from 'aws-cdk-lib';")).toEqual([
      'infra/definitions/routes.ts -> aws-cdk-lib',
    ]);
  });
});
