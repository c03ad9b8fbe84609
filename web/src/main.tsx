import { render } from 'preact';
import { createApi } from './api';
import { App } from './app';
import { routeOf } from './routes';
import { registerServiceWorker } from './shell/install/register-service-worker';
import { preloadPage } from './signed-in-page';
import './styles.css';

// The page's own code is fetched while the session is checked, not after.
preloadPage(routeOf(window.location.pathname, window.location.search));
const root = document.getElementById('app');
if (root) render(<App api={createApi()} />, root);
registerServiceWorker();
