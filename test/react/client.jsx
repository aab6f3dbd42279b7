// Hydrates the server-rendered app (the browser half of hydration.test.mjs).
import { hydrateRoot } from 'react-dom/client';
import { App } from './app.jsx';

hydrateRoot(document.getElementById('root'), <App />, {
  onRecoverableError: (error) => globalThis.__recoverable?.push(String(error)),
});
