import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startDynamoDbLocal } from '#infra/local/dynamodb-local';
import { startPlatform } from '#infra/local/platform';
import { LocalPlatformError } from '#infra/local/platform-error';
import { loadRegistry } from '#infra/tenants/registry';
import { fetchAs } from '../../support/sign-in';

const schools = loadRegistry().schools;
const options = {
  schools,
  host: '127.0.0.1',
  demoSchoolId: 'demo',
  webDirectory: '/nonexistent',
  log: () => undefined,
};
const dataDirectory = mkdtempSync(join(tmpdir(), 'preau-data-'));

const json = async (url: string, init?: RequestInit) => (await fetch(url, init)).json();
const plannerOf = (origin: string | undefined) => fetchAs(origin as string, 'planning.demo');

describe('npm start: the local platform', () => {
  afterAll(() => rmSync(dataDirectory, { recursive: true, force: true }));

  it('gives each school its own origin, its own data, and keeps the data between runs', async () => {
    const first = await startPlatform({ ...options, basePort: 0, dataDirectory });
    try {
      const [demo, college] = first.schools;
      expect((await json(`${demo?.url}/api/health`)).school.id).toBe('demo');
      expect((await json(`${college?.url}/api/health`)).school.name).toBe('Collège de démonstration');
      expect(new URL(demo?.url as string).origin).not.toBe(new URL(college?.url as string).origin);

      const [atDemo, atCollege] = [await plannerOf(demo?.url), await plannerOf(college?.url)];
      expect((await (await atDemo('/api/places?limit=500')).json()).items).toHaveLength(200);
      expect((await (await atCollege('/api/places')).json()).items).toEqual([]);
      const created = await atCollege('/api/places', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'CDI', kind: 'library', capacity: 40, site: 'Collège' }),
      });
      expect(created.status).toBe(201);
    } finally {
      await first.stop();
    }

    const second = await startPlatform({ ...options, basePort: 0, dataDirectory });
    try {
      const [demo, college] = second.schools;
      const [atDemo, atCollege] = [await plannerOf(demo?.url), await plannerOf(college?.url)];
      expect(
        (await (await atCollege('/api/places')).json()).items.map((place: { name: string }) => place.name),
      ).toEqual(['CDI']);
      expect((await (await atDemo('/api/places?limit=500')).json()).items).toHaveLength(200);
    } finally {
      await second.stop();
    }
    // Two whole starts on disk, the first seeding both directories and the demo conservatoire's planned year.
  }, 180_000);

  it('says in one sentence that a port is busy, before starting anything', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const attempt = startPlatform({ ...options, basePort: port });
      await expect(attempt).rejects.toBeInstanceOf(LocalPlatformError);
      await expect(attempt).rejects.toThrow(`Port ${port} is already in use`);
    } finally {
      blocker.close();
    }
  });

  it('says in one sentence that Java is missing', async () => {
    const path = process.env.PATH;
    process.env.PATH = mkdtempSync(join(tmpdir(), 'no-java-'));
    try {
      await expect(startDynamoDbLocal({})).rejects.toThrow(
        /^Java is needed to run DynamoDB Local but was not found/,
      );
    } finally {
      process.env.PATH = path;
    }
  });
});
