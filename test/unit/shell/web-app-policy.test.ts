import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineSourcesOf, webAppContentSecurityPolicy } from '#infra/definitions/web-app-headers';

const sha256 = (content: string) => `'sha256-${createHash('sha256').update(content).digest('base64')}'`;

describe('the portal’s Content-Security-Policy', () => {
  it('allows by hash each inline style and script that runs, and no data block or script of a file', () => {
    const page = [
      '<style>body{margin:0}</style>',
      '<script type="module" fetchpriority="low" src="/assets/main-ABC.js"></script>',
      '<script type="application/json" id="page-chunks">{"home":[]}</script>',
      '<script>{const path=location.pathname}</script>',
    ].join('\n');
    expect(inlineSourcesOf(page)).toEqual({
      scripts: [sha256('{const path=location.pathname}')],
      styles: [sha256('body{margin:0}')],
    });
  });

  it('allows the web app’s origin, its inline parts and the documents bucket only; never framed, no base, no plugin', () => {
    const policy = webAppContentSecurityPolicy(
      { scripts: ["'sha256-script'"], styles: ["'sha256-style'"] },
      { documentOrigins: ['https://*.s3.eu-west-3.amazonaws.com'] },
    );
    const directives = Object.fromEntries(
      policy.split('; ').map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1)]),
    );
    expect(directives).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'", "'sha256-script'"],
      'style-src': ["'self'", "'sha256-style'"],
      'img-src': ["'self'", 'data:', 'blob:', 'https://*.s3.eu-west-3.amazonaws.com'],
      'connect-src': ["'self'", 'https://*.s3.eu-west-3.amazonaws.com'],
      'font-src': ["'self'"],
      'manifest-src': ["'self'"],
      'worker-src': ["'self'"],
      'frame-ancestors': ["'none'"],
      'base-uri': ["'none'"],
      'form-action': ["'self'"],
      'object-src': ["'none'"],
    });
    expect(policy).not.toMatch(/unsafe-(inline|eval)/);
  });
});
