// Types for scripts/build-manifest.js (plain CommonJS so webpack.config.js can require it), for the TypeScript tests.

/** The URL prefix every development manifest URL starts with. */
export declare const DEV_URL: 'https://localhost:3000/';
/** An absolute https base URL ending with '/'; throws a bilingual Error when the input cannot be one. */
export declare function normaliseBaseUrl(raw: string): string;
/** The manifest with every DEV_URL replaced by the base URL; throws when any localhost is left. */
export declare function rewriteManifest(xml: string, baseUrl: string): string;
/** The app package's file name in dist/. */
export declare const APP_PACKAGE: 'indicator-checker-app.zip';
/** A unified manifest (or language file) with every DEV_URL replaced, formatting kept; throws when any localhost is left. */
export declare function rewriteUnifiedManifest(json: string, baseUrl: string): string;
/** The app package's files by path in the zip (manifest.json first); JSON rewritten for baseUrl unless it is null. */
export declare function appPackageFiles(manifestFile?: string, baseUrl?: string | null): Record<string, Uint8Array>;
/** The app package (zip bytes) for the Microsoft 365 admin center. */
export declare function buildAppPackage(manifestFile?: string, baseUrl?: string | null): Uint8Array;
