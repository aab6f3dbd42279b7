import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // Not at /data: Vite serves the bundled default dataset's module from that path.
  staticDirs: [{ from: '../data', to: '/sample-data' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};
export default config;
