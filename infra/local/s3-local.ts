import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';

export interface S3Local {
  endpoint: string;
  stop(): Promise<void>;
}

/** Starts s3rver on a free loopback port, storing objects in `dataDirectory` or in a folder removed at stop. */
export const startS3Local = async (options: { dataDirectory?: string }): Promise<S3Local> => {
  const directory = options.dataDirectory ?? mkdtempSync(join(tmpdir(), 'preau-s3-'));
  mkdirSync(directory, { recursive: true });
  const server = new S3rver({ address: '127.0.0.1', port: 0, directory, silent: true, vhostBuckets: false });
  keepFolders(server);
  const { port } = await server.run();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    async stop() {
      await server.close();
      if (!options.dataDirectory) rmSync(directory, { recursive: true, force: true });
    },
  };
};

interface FilesystemStore {
  getResourcePath(bucket: string, key: string, kind: string): string;
  deleteObject(bucket: string, key: string): Promise<void>;
}

/**
 * s3rver keeps each key's files in folders named after its prefixes, and removes a folder once a delete leaves it
 * empty. A put of a key under the same prefix at that moment (a mini-site regenerated while another is taken down)
 * then opens its file in a folder just removed, and the error of that write stream, which s3rver does not listen
 * to, ends the whole process. S3 has no folders: a delete here removes the key's files and leaves its folders.
 */
const keepFolders = (server: S3rver) => {
  const store = (server as unknown as { store: FilesystemStore }).store;
  store.deleteObject = async (bucket, key) => {
    await Promise.all(
      ['object', 'object.md5', 'metadata.json'].map((kind) =>
        unlink(store.getResourcePath(bucket, key, kind)).catch((error: NodeJS.ErrnoException) => {
          if (error.code !== 'ENOENT') throw error;
        }),
      ),
    );
  };
};
