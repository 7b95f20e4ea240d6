/** Types of scripts/manifestUrl.js (plain CommonJS so that webpack.config.js can require it). */
export declare const DEFAULT_ADDIN_URL: string;
export declare function normalizeAddinUrl(url: string): string;
export declare function rewriteManifestUrls(xml: string, addinUrl?: string): string;
