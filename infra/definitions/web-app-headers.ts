import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy of the portal (index.html, its assets and the service worker) is two policies, and a
 * browser enforces both (CSP 3, § 8.1 “The effect of multiple policies”: a resource must be allowed by each):
 *
 * - the header, the same in the distribution's response headers policy (shared by every school of the account, in
 *   the stack Preau-Shared-Edge) and on the local server: what holds for every build. It allows inline script and
 *   style (`'unsafe-inline'`) only because the second policy narrows them: it holds no hash, nothing a build changes,
 *   so a deploy of the shared stack never refuses the index.html of a school not yet redeployed;
 * - a `<meta http-equiv="Content-Security-Policy">` the build writes in index.html, before any inline element (a
 *   meta policy applies to what follows it): `script-src` and `style-src` with the SHA-256 of the two inline
 *   elements of this very page, the stylesheet (in the page for the first paint) and the line of script that
 *   preloads a page's chunks. The effective policy allows these two, and nothing else inline. A meta policy cannot
 *   carry `frame-ancestors`, `report-uri` or `sandbox` (CSP 3, § 3.3): those stay in the header. The list of chunks
 *   (`<script type="application/json">`) is a data block, which no browser runs, so it needs no hash.
 *
 * The portal also talks to the school's documents bucket directly: uploads are S3 POST forms (`fetch` and
 * `XMLHttpRequest`) and the loans' photos are signed GET links shown in `<img>`. In AWS those are
 * `https://<bucket>.s3.<region>.amazonaws.com`; as the header is shared by every school of the account, it names
 * the region's S3 hosts, the narrowest a source expression can say for buckets with generated names. Downloads
 * (signed links opened, blobs saved through `<a download>`) are navigations, which the policy does not restrict.
 */
export interface InlineSources {
  /** `'sha256-…'` of each inline script that runs. */
  scripts: string[];
  /** `'sha256-…'` of each `<style>` element. */
  styles: string[];
}

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

const workerSources = "worker-src 'self' data:";

/** The policy of the page itself: its own inline script and style by hash, the files of the web app's origin. */
export const inlineContentSecurityPolicy = ({ scripts, styles }: InlineSources) =>
  [
    ["script-src 'self'", ...scripts],
    ["style-src 'self'", ...styles],
    // Said here too, or script-src above would govern workers (CSP 3: worker-src falls back to script-src).
    [workerSources],
  ]
    .map((sources) => sources.join(' '))
    .join('; ');

const metaPattern = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"\s*\/?>/i;

/**
 * The page with its own policy, a `<meta>` right after its `<meta charset>` (or first in `<head>`), so before any
 * inline style or script, as a meta policy applies only to the elements after it.
 */
export const withInlineContentSecurityPolicy = (html: string) => {
  if (metaPattern.test(html)) throw new Error('The page already has a Content-Security-Policy <meta>');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${inlineContentSecurityPolicy(inlineSourcesOf(html))}" />`;
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
  const head = /<head(\s[^>]*)?>/i.exec(html);
  const anchor = charset ?? head;
  if (!anchor) throw new Error('The page has no <head> for its Content-Security-Policy');
  const at = anchor.index + anchor[0].length;
  const page = `${html.slice(0, at)}\n    ${meta}${html.slice(at)}`;
  if (/<(style|script)[\s>]/i.test(page.slice(0, page.indexOf(meta))))
    throw new Error('An inline style or script comes before the Content-Security-Policy <meta>');
  return page;
};

/** The policy a page's `<meta>` carries, and where in the page (-1: none). */
export const inlineContentSecurityPolicyOf = (html: string) => {
  const found = metaPattern.exec(html);
  return { policy: found?.[1], index: found?.index ?? -1 };
};

export interface WebAppPolicyOptions {
  /** Origins of the documents bucket the portal uploads to and shows photos from. */
  documentOrigins: string[];
}

/**
 * The header's value, the same for every build: the web app's own origin, the documents bucket and nothing else.
 * No hash, no value a build changes: the shared policy must fit any school's index.html, of this build or the last.
 */
export const webAppContentSecurityPolicy = ({ documentOrigins }: WebAppPolicyOptions) =>
  [
    ["default-src 'self'"],
    // 'unsafe-inline' only because index.html's <meta> policy narrows inline script and style to its own hashes
    // (both policies are enforced); with a hash here, browsers would ignore it and refuse an older build's page.
    ["script-src 'self' 'unsafe-inline'"],
    ["style-src 'self' 'unsafe-inline'"],
    // The favicon is a data: URL.
    ["img-src 'self' data: blob:", ...documentOrigins],
    ["connect-src 'self'", ...documentOrigins],
    ["font-src 'self'"],
    ["manifest-src 'self'"],
    // The service worker, from /sw.js; the worker of index.html that warms up ICU, whose code is its data: address
    // (web/src/shell/i18n/intl-warm-up.ts). Making a worker takes running script already, which the hashes hold.
    [workerSources],
    // Only a header can say it (a <meta> policy ignores frame-ancestors).
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
export const webAppHeaders = (options: WebAppPolicyOptions) => ({
  'content-security-policy': webAppContentSecurityPolicy(options),
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
});
