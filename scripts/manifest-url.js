// The manifest in the repo points at the dev server; production builds swap in ADDIN_URL,
// as the yo-office template does with urlDev/urlProd.
const DEV_URL = "https://localhost:3000/";

/** Normalises ADDIN_URL: https (or localhost), with a trailing slash. Throws on a bad value. */
function normaliseAddinUrl(raw) {
  const value = String(raw || "").trim();
  if (!value) return null;
  const url = new URL(value);
  if (url.protocol !== "https:" && !/^(localhost|127\.0\.0\.1)$/.test(url.hostname)) {
    throw new Error(`ADDIN_URL must be https (Outlook only loads add-ins over HTTPS): ${value}`);
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

function rewriteManifest(xml, prodUrl) {
  if (!prodUrl) return xml;
  const origin = new URL(prodUrl).origin;
  return xml.split(DEV_URL).join(prodUrl).split("<AppDomain>https://localhost:3000</AppDomain>").join(`<AppDomain>${origin}</AppDomain>`);
}

module.exports = { DEV_URL, normaliseAddinUrl, rewriteManifest };
