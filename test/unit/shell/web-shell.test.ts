import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const webSource = resolve(import.meta.dirname, '../../../web/src');
const shell = join(webSource, 'shell');

const sourcesUnder = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourcesUnder(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });

const repositoryRoot = resolve(webSource, '../..');

/**
 * Where a file's imports lead, from web/src: `people/person`, `shell/http/exchange`, `../../domain/…`; relative
 * ones and subpath ones (`#web/…`, `#domain/…`: the package.json map, each to its folder) alike.
 */
const relativeImportsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/from '((?:\.{1,2}\/|#)[^']+)'/g)].map(([, specifier]) =>
    relative(
      webSource,
      specifier?.startsWith('#')
        ? join(repositoryRoot, specifier.slice(1))
        : resolve(dirname(file), specifier as string),
    )
      .split('\\')
      .join('/'),
  );

describe('the portal’s shell', () => {
  it('imports no feature: only itself, the domain and, for the messages index, each module’s messages', () => {
    const crossings = sourcesUnder(shell).flatMap((file) =>
      relativeImportsOf(file)
        .filter((target) => !target.startsWith('shell/') && !target.startsWith('../../domain/'))
        .filter((target) => !(file.endsWith('shell/i18n/messages.ts') && /^[a-z-]+\/messages$/.test(target)))
        .map((target) => `${relative(webSource, file)} → ${target}`),
    );

    expect(crossings).toEqual([]);
  });

  it('lets each module’s messages import only the domain and their own module, never the index', () => {
    const modules = readdirSync(webSource, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== 'shell')
      .map(({ name }) => name);
    const crossings = modules.flatMap((module) => {
      let targets: string[];
      try {
        targets = relativeImportsOf(join(webSource, module, 'messages.ts'));
      } catch {
        return [];
      }
      return targets
        .filter((target) => !target.startsWith(`${module}/`) && !target.startsWith('../../domain/'))
        .map((target) => `${module}/messages.ts → ${target}`);
    });

    expect(modules.length).toBeGreaterThan(5);
    expect(crossings).toEqual([]);
  });
});
