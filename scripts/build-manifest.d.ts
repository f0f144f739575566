// Types for scripts/build-manifest.js (plain CommonJS so webpack.config.js can require it), for the TypeScript tests.

/** The URL prefix every development manifest URL starts with. */
export declare const DEV_URL: 'https://localhost:3000/';
/** An absolute https base URL ending with '/'; throws a bilingual Error when the input cannot be one. */
export declare function normaliseBaseUrl(raw: string): string;
/** The manifest with every DEV_URL replaced by the base URL; throws when any localhost is left. */
export declare function rewriteManifest(xml: string, baseUrl: string): string;
