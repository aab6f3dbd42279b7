/** The host attribute of pre-rendered markup that names the version which rendered it (see hydrate.ts). */
export const PRERENDERED_ATTRIBUTE = 'data-prerendered';
