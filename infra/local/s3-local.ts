import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
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
  const { port } = await server.run();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    async stop() {
      await server.close();
      if (!options.dataDirectory) rmSync(directory, { recursive: true, force: true });
    },
  };
};
