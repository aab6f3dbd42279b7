// Removes build output so a build never ships stale files.
import { rmSync } from 'node:fs';

for (const path of ['dist', 'custom-elements.json']) rmSync(path, { recursive: true, force: true });
