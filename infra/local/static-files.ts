import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { type WebAppPolicyOptions, webAppHeaders } from '#infra/definitions/web-app-headers';
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
 * app (deep links get index.html); hashed assets are cached for good, index.html never; text is sent compressed,
 * brotli or gzip as the browser accepts (`Accept-Encoding`), as the distribution's CachingOptimized policy does;
 * every file comes with the web app's response headers, the same for every build (index.html carries its own
 * hashes), naming the local documents bucket (s3rver) as the deployed one names S3's.
 */
export const serveWebApp = (webDirectory: string, policy: WebAppPolicyOptions = { documentOrigins: [] }) => {
  const rewrite = webAppRewrite();
  const compressed = compressedCopies();
  const headers = webAppHeaders(policy);
  return async (path: string, acceptEncoding?: string) => {
    const file = rewrite(path);
    const reply = await serveFile(webDirectory, file);
    if (reply.status !== 200) return reply;
    return compressed({ ...reply, headers: { ...reply.headers, ...headers } }, file, acceptEncoding);
  };
};

/** What CloudFront compresses (its list of types, for those the app has). */
const compressible = /^(text\/|application\/(json|manifest\+json)|image\/svg\+xml)/;
const encoders = {
  br: (body: Buffer) => promisify(brotliCompress)(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }),
  gzip: (body: Buffer) => promisify(gzip)(body, { level: 9 }),
};

/**
 * An answer of the API compressed as CloudFront's `/api/*` behaviour does (its cache policy allows gzip and brotli):
 * JSON of 1 KB or more, in the encoding the browser prefers of the two, at a quick level, as each answer is new.
 */
export const compressedApiReply = async (reply: HttpReply, acceptEncoding = ''): Promise<HttpReply> => {
  const accepted = acceptEncoding.split(',').map((part) => part.split(';')[0]?.trim());
  const encoding = (['br', 'gzip'] as const).find((name) => accepted.includes(name));
  const type = String(reply.headers['content-type'] ?? '');
  if (!encoding || !compressible.test(type) || reply.body.length < 1024 || reply.headers['content-encoding'])
    return reply;
  const body =
    encoding === 'br'
      ? await promisify(brotliCompress)(reply.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
      : await promisify(gzip)(reply.body, { level: 6 });
  return {
    ...reply,
    headers: { ...reply.headers, 'content-encoding': encoding, vary: 'Accept-Encoding' },
    body,
  };
};

/** Compressed replies; a hashed asset never changes, so its compressed copy is made once. */
const compressedCopies = () => {
  const copies = new Map<string, Promise<Buffer>>();
  return async (reply: HttpReply, file: string, acceptEncoding = ''): Promise<HttpReply> => {
    const accepted = acceptEncoding.split(',').map((part) => part.split(';')[0]?.trim());
    const encoding = (['br', 'gzip'] as const).find((name) => accepted.includes(name));
    const type = String(reply.headers['content-type'] ?? '');
    if (reply.status !== 200 || !encoding || !compressible.test(type) || reply.body.length < 1024)
      return reply;
    const key = `${encoding} ${file}`;
    const copy = copies.get(key) ?? encoders[encoding](reply.body);
    if (file.startsWith('/assets/')) copies.set(key, copy);
    return {
      ...reply,
      headers: { ...reply.headers, 'content-encoding': encoding, vary: 'Accept-Encoding' },
      body: await copy,
    };
  };
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
