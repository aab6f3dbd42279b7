// `npm run dev`: serves the TypeScript sources directly (no build) for working on a widget:
// open http://localhost:8001/demo/dev.html
import { esbuildPlugin } from '@web/dev-server-esbuild';

export default {
  port: 8001,
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, target: 'esnext', tsconfig: './tsconfig.json' })],
};
