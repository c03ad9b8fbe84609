import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The Content-Security-Policy of the portal (index.html, its assets and the service worker), the same in the
 * distribution's response headers policy and on the local server. index.html carries two inline elements the
 * build writes: the stylesheet (in the page for the first paint) and the line of script that preloads a page's
 * chunks; the policy allows exactly those, by their SHA-256, and nothing else inline. The list of chunks
 * (`<script type="application/json">`) is a data block, which no browser runs, so it needs no hash.
 *
 * The portal also talks to the school's documents bucket directly: uploads are S3 POST forms (`fetch` and
 * `XMLHttpRequest`) and the loans' photos are signed GET links shown in `<img>`. In AWS those are
 * `https://<bucket>.s3.<region>.amazonaws.com`; as the policy is shared by every school of the account, it names
 * the region's S3 hosts, the narrowest a source expression can say for buckets with generated names. Downloads
 * (signed links opened, blobs saved through `<a download>`) are navigations, which the policy does not restrict.
 */
export interface InlineSources {
  /** `'sha256-…'` of each inline script that runs. */
  scripts: string[];
  /** `'sha256-…'` of each `<style>` element. */
  styles: string[];
}

/** The file the web build writes next to index.html, which the CDK app and the local server read. */
export const inlineSourcesFile = 'inline-sources.json';

const hashSource = (content: string) => `'sha256-${createHash('sha256').update(content).digest('base64')}'`;

/** Script types a browser runs; any other (`application/json`) is a data block. */
const runnable = /^(|module|text\/javascript|application\/javascript)$/i;

/** The hashes of the inline scripts and styles of a page, as a CSP names them. */
export const inlineSourcesOf = (html: string): InlineSources => ({
  scripts: [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes = '']) => !/\ssrc=/i.test(attributes))
    .filter(([, attributes = '']) => runnable.test(/\stype="([^"]*)"/i.exec(attributes)?.[1] ?? ''))
    .map(([, , content = '']) => hashSource(content)),
  styles: [...html.matchAll(/<style(\s[^>]*)?>([\s\S]*?)<\/style>/gi)].map(([, , content = '']) =>
    hashSource(content),
  ),
});

/** The inline sources of a built web app, as its build wrote them. */
export const readInlineSources = (webDirectory: string): InlineSources => {
  const file = join(webDirectory, inlineSourcesFile);
  if (!existsSync(file)) throw new Error(`No ${inlineSourcesFile} in ${webDirectory}: run buildWeb() first`);
  return JSON.parse(readFileSync(file, 'utf8')) as InlineSources;
};

export interface WebAppPolicyOptions {
  /** Origins of the documents bucket the portal uploads to and shows photos from. */
  documentOrigins: string[];
}

/** The header's value: the web app's own origin, its two inline elements, the documents bucket and nothing else. */
export const webAppContentSecurityPolicy = (
  { scripts, styles }: InlineSources,
  { documentOrigins }: WebAppPolicyOptions,
) =>
  [
    ["default-src 'self'"],
    ["script-src 'self'", ...scripts],
    ["style-src 'self'", ...styles],
    // The favicon is a data: URL.
    ["img-src 'self' data: blob:", ...documentOrigins],
    ["connect-src 'self'", ...documentOrigins],
    ["font-src 'self'"],
    ["manifest-src 'self'"],
    // The service worker, from /sw.js.
    ["worker-src 'self'"],
    ["frame-ancestors 'none'"],
    ["base-uri 'none'"],
    ["form-action 'self'"],
    ["object-src 'none'"],
  ]
    .map((sources) => sources.join(' '))
    .join('; ');

/**
 * The headers the local server sends with the web app, as the distribution's policy does (its HSTS aside: the
 * local server speaks plain HTTP).
 */
export const webAppHeaders = (inlineSources: InlineSources, options: WebAppPolicyOptions) => ({
  'content-security-policy': webAppContentSecurityPolicy(inlineSources, options),
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
});
