/**
 * The files of a module's chunk, written by the build in index.html (`<script type="application/json"
 * id="page-chunks">`, by module: its chunk and the chunks it imports, but those index.html preloads already).
 * Asking for them all at once, when a page of the module is first shown, saves the round trip after which the
 * browser would only have found them, on reading the module's chunk.
 */
let chunksByModule: Record<string, string[]> | undefined;

export const preloadModuleChunks = (module: string) => {
  if (typeof document === 'undefined') return;
  if (!chunksByModule) {
    try {
      chunksByModule = JSON.parse(document.getElementById('page-chunks')?.textContent ?? '{}');
    } catch {
      chunksByModule = {};
    }
  }
  for (const href of chunksByModule?.[module] ?? []) {
    if (document.head.querySelector(`link[rel="modulepreload"][href="${href}"]`)) continue;
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
};
