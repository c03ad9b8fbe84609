import { describe, expect, it } from 'vitest';
import { webAppRewrite } from '#infra/definitions/web-app-rewrite';

const rewrite = webAppRewrite();

describe('the CloudFront function of the web app', () => {
  it('answers deep links of the app with index.html', () => {
    expect(rewrite('/')).toBe('/index.html');
    expect(rewrite('/places')).toBe('/index.html');
    expect(rewrite('/places/01J9Z3/edit')).toBe('/index.html');
  });

  it('leaves files alone', () => {
    expect(rewrite('/index.html')).toBe('/index.html');
    expect(rewrite('/assets/main-4F2KQ.js')).toBe('/assets/main-4F2KQ.js');
    expect(rewrite('/favicon.ico')).toBe('/favicon.ico');
  });
});
