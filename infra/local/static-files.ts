import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { webAppRewrite } from '#infra/definitions/web-app-rewrite';
import type { HttpReply } from './api-gateway-event';
import { badRequest, decodedPath } from './url-path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
};

/**
 * Serves the built web app as the distribution does: each path goes through the CloudFront Function of the web
 * app (deep links get index.html); hashed assets are cached for good, index.html never.
 */
export const serveWebApp = (webDirectory: string) => {
  const rewrite = webAppRewrite();
  return (path: string) => serveFile(webDirectory, rewrite(path));
};

const serveFile = async (webDirectory: string, file: string): Promise<HttpReply> => {
  const decoded = decodedPath(file);
  if (decoded === undefined) return badRequest();
  const absolute = join(webDirectory, normalize(decoded).replace(/^(\.\.[/\\])+/, ''));
  if (!absolute.startsWith(webDirectory)) return notFound();
  try {
    const body = await readFile(absolute);
    const cacheControl = file.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
    const contentType = contentTypes[extname(file)] ?? 'application/octet-stream';
    return { status: 200, headers: { 'content-type': contentType, 'cache-control': cacheControl }, body };
  } catch {
    return notFound();
  }
};

const notFound = (): HttpReply => ({
  status: 404,
  headers: { 'content-type': 'text/plain; charset=utf-8' },
  body: Buffer.from('Not found'),
});
