import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  inlineContentSecurityPolicyOf,
  inlineSourcesOf,
  webAppContentSecurityPolicy,
  withInlineContentSecurityPolicy,
} from '#infra/definitions/web-app-headers';

const sha256 = (content: string) => `'sha256-${createHash('sha256').update(content).digest('base64')}'`;

const page = [
  '<!doctype html>',
  '<html lang="fr">',
  '  <head>',
  '    <meta charset="utf-8" />',
  '    <title>Préau</title>',
  '<style>body{margin:0}</style>',
  '<script type="module" fetchpriority="low" src="/assets/main-ABC.js"></script>',
  '<script type="application/json" id="page-chunks">{"home":[]}</script>',
  '<script>{const path=location.pathname}</script>',
  '  </head>',
  '  <body></body>',
  '</html>',
].join('\n');

describe('the portal’s Content-Security-Policy', () => {
  it('allows by hash each inline style and script that runs, and no data block or script of a file', () => {
    expect(inlineSourcesOf(page)).toEqual({
      scripts: [sha256('{const path=location.pathname}')],
      styles: [sha256('body{margin:0}')],
    });
  });

  it('writes the page’s own hashes in a <meta> right after its charset, before any inline code', () => {
    const withPolicy = withInlineContentSecurityPolicy(page);
    const { policy, index } = inlineContentSecurityPolicyOf(withPolicy);
    expect(policy).toBe(
      `script-src 'self' ${sha256('{const path=location.pathname}')}; style-src 'self' ${sha256('body{margin:0}')}; worker-src 'self' data:`,
    );
    expect(index).toBeGreaterThan(withPolicy.indexOf('<meta charset="utf-8" />'));
    expect(index).toBeLessThan(withPolicy.indexOf('<title>'));
    // The rest of the page is untouched: the same inline code, the same hashes.
    expect(inlineSourcesOf(withPolicy)).toEqual(inlineSourcesOf(page));
    expect(() => withInlineContentSecurityPolicy(withPolicy)).toThrow(/already/);
    // A page whose inline code comes before its <head> cannot be covered by a meta policy: the build stops.
    expect(() =>
      withInlineContentSecurityPolicy(
        '<script>alert(1)</script><html><head><meta charset="utf-8"></head></html>',
      ),
    ).toThrow(/before/);
  });

  it('sends in the header what holds for every build: the web app’s origin and the documents bucket; never framed, no base, no plugin', () => {
    const policy = webAppContentSecurityPolicy({ documentOrigins: ['https://*.s3.eu-west-3.amazonaws.com'] });
    const directives = Object.fromEntries(
      policy.split('; ').map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1)]),
    );
    expect(directives).toEqual({
      'default-src': ["'self'"],
      // Narrowed by index.html's <meta> to its own hashes: both policies are enforced.
      'script-src': ["'self'", "'unsafe-inline'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:', 'blob:', 'https://*.s3.eu-west-3.amazonaws.com'],
      'connect-src': ["'self'", 'https://*.s3.eu-west-3.amazonaws.com'],
      'font-src': ["'self'"],
      'manifest-src': ["'self'"],
      'worker-src': ["'self'", 'data:'],
      'frame-ancestors': ["'none'"],
      'base-uri': ["'none'"],
      'form-action': ["'self'"],
      'object-src': ["'none'"],
    });
    // A hash would make browsers ignore 'unsafe-inline' and tie the shared header to one build.
    expect(policy).not.toMatch(/sha256|sha384|sha512|nonce-|unsafe-eval/);
  });
});
