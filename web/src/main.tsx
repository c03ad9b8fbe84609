import { render } from 'preact';
import { createApi } from './api';
import { App } from './app';
import { routeOf } from './routes';
import { registerServiceWorker } from './shell/install/register-service-worker';
import { takeRefreshStartedByPage } from './shell/session/session';
import { preloadPage, preloadPageData } from './signed-in-page';
import './styles.css';

const api = createApi();
// The session is renewed (and says who is signed in) while the scripts still evaluate and render, not after: by
// index.html as it was read, when it saw the marker cookie, else now.
api.session.resumeEarly(takeRefreshStartedByPage());
// The page's own code is fetched while the session is checked, not after; its data as soon as the session is there.
const route = routeOf(window.location.pathname, window.location.search);
preloadPage(route);
preloadPageData(api, route);
// The first render in a task of its own: index.html has painted the same markup already, and the scripts'
// evaluation and the render, one task, blocked the phone for twice as long as either (Lighthouse's blocking time).
setTimeout(() => {
  const root = document.getElementById('app');
  if (root) render(<App api={api} />, root);
  registerServiceWorker();
});
