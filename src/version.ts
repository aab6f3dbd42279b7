/** The package version, checked against package.json by a test; used to spot two different copies on one page. */
export const VERSION = '0.1.0';
