import { render } from 'preact';
import { createApi } from './api';
import { App } from './app';
import { registerServiceWorker } from './shell/install/register-service-worker';
import './styles.css';

const root = document.getElementById('app');
if (root) render(<App api={createApi()} />, root);
registerServiceWorker();
