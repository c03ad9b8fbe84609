import { describe, expect, it } from 'vitest';
import { lazy } from '#web/src/shell/loading/lazy-code';

describe('code loaded on demand', () => {
  it('is fetched once, when first asked for, and kept', async () => {
    let fetches = 0;
    const code = lazy(async () => {
      fetches += 1;
      return { pages: 'planning' };
    });

    expect(fetches).toBe(0);
    expect(code.loaded()).toBeUndefined();
    const [first, second] = await Promise.all([code.load(), code.load()]);
    expect(first).toBe(second);
    expect(await code.load()).toBe(first);
    expect(code.loaded()).toBe(first);
    expect(fetches).toBe(1);
  });

  it('forgets a failed fetch, so that asking again fetches again', async () => {
    let fetches = 0;
    const code = lazy(async () => {
      fetches += 1;
      if (fetches === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return 'pages';
    });

    await expect(code.load()).rejects.toThrow('Failed to fetch');
    expect(code.loaded()).toBeUndefined();
    expect(await code.load()).toBe('pages');
    expect(fetches).toBe(2);
  });
});
