// Renders the app to HTML (the Node half of hydration.test.mjs).
import { renderToString } from 'react-dom/server';
import { App } from './app.jsx';

export { APP_TEXT } from './app.jsx';
export const render = () => renderToString(<App />);
