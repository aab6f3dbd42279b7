import { fileURLToPath } from 'node:url';

/** @type {import('next').NextConfig} */
export default {
  // This example sits inside the package's repository, which has a lock file of its own.
  turbopack: { root: fileURLToPath(new URL('.', import.meta.url)) },
};
