// Rewrites the add-in's URLs in manifest.xml for the place where dist/ is hosted.
// Used by webpack.config.js (dist/manifest.xml), scripts/start.mjs and test/manifest.test.ts.
"use strict";

/** The address every add-in URL of manifest.xml starts with: the development server. */
const DEFAULT_ADDIN_URL = "https://localhost:3000/";

/**
 * Checks and normalises a hosting address: https only (Office refuses anything else), no query or
 * fragment, always ending with "/".
 * @param {string} url
 * @returns {string}
 */
function normalizeAddinUrl(url) {
  const text = String(url).trim();
  let parsed;
  try {
    parsed = new URL(text);
  } catch {
    throw new Error(`ADDIN_URL n'est pas une adresse valide : « ${text} » (exemple : https://outils.exemple.fr/registre-rgpd/).`);
  }
  if (parsed.protocol !== "https:") {
    throw new Error(`ADDIN_URL doit commencer par https:// (Excel refuse les compléments servis en http) : « ${text} ».`);
  }
  if (parsed.search || parsed.hash) {
    throw new Error(`ADDIN_URL ne doit contenir ni « ? » ni « # » : « ${text} ».`);
  }
  return parsed.href.endsWith("/") ? parsed.href : `${parsed.href}/`;
}

/**
 * Replaces EVERY occurrence of the development address by `addinUrl` (a global replacement: the
 * Microsoft template's rewrite only replaced the first one).
 * @param {string} xml manifest text
 * @param {string} [addinUrl] hosting address; the development address when empty
 * @returns {string}
 */
function rewriteManifestUrls(xml, addinUrl) {
  if (!addinUrl) return xml;
  // The address lands in XML attributes: escape the one character a URL path may hold that XML forbids.
  const target = normalizeAddinUrl(addinUrl).replace(/&/g, "&amp;");
  const pattern = new RegExp(DEFAULT_ADDIN_URL.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "g");
  return xml.replace(pattern, () => target);
}

module.exports = { DEFAULT_ADDIN_URL, normalizeAddinUrl, rewriteManifestUrls };
