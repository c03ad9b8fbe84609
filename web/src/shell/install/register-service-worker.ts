/**
 * Registers the service worker (/sw.js, written by the build) once the page has loaded, so that it never competes
 * with the first page for the network. Browsers without service workers, or pages not in a secure context, get
 * the portal as before; a failed registration only means no offline shell.
 */
export const registerServiceWorker = () => {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  const register = () => navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
};
