/**
 * Hosts known to serve the same pages over https. Their `http://` links are upgraded wherever a
 * source is shown, so nobody is sent over plain http to a page that is available securely.
 * Others are left as they are: an https link to a site without https would be a broken link.
 */
const HTTPS_HOSTS = new Set([
  'web.archive.org',
  'webarchive.nationalarchives.gov.uk',
  'www.gov.uk',
  'www.legislation.gov.uk',
  'www.gmc-uk.org',
]);

/** A source link over https when its host serves https (the web archives do); otherwise unchanged. */
export function secureSourceUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  if (parsed.protocol !== 'http:' || !HTTPS_HOSTS.has(parsed.hostname.toLowerCase())) return url;
  return `https://${url.slice('http://'.length)}`;
}
