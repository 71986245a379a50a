// What an extension puts on the wire of the page and the popup: every file its manifest injects into WhatsApp Web
// (content scripts and their CSS; for ours that includes every locale's WhatsApp wording table), and the popup's
// HTML with the scripts and styles it loads, each gzipped at level 9 and added up.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const gzipped = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** The popup page and what it loads: scripts, module preloads and stylesheets it names (same-extension paths). */
function popupFiles(dir, page) {
  const html = join(dir, page);
  if (!existsSync(html)) return [];
  const text = readFileSync(html, 'utf8');
  const refs = [...text.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
  const files = refs
    .filter((ref) => !/^[a-z]+:/i.test(ref))
    .map((ref) => (ref.startsWith('/') ? join(dir, ref) : join(dir, posix.dirname(page), ref)))
    .filter((file) => existsSync(file) && /\.(m?js|css)$/.test(file));
  return [html, ...new Set(files)];
}

/** Bytes (gzip) of the content scripts and of the popup of the unpacked extension in `dir`. */
export function extensionSizes(dir) {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const injected = (manifest.content_scripts ?? []).flatMap((entry) => [...(entry.js ?? []), ...(entry.css ?? [])]);
  const content = [...new Set(injected)].map((file) => join(dir, file)).filter(existsSync);
  const popupPage = manifest.action?.default_popup ?? manifest.browser_action?.default_popup;
  const popup = popupPage ? popupFiles(dir, popupPage) : [];
  const sum = (files) => files.reduce((total, file) => total + gzipped(file), 0);
  return {
    contentGzip: sum(content),
    contentFiles: content.map((file) => file.slice(dir.length + 1)),
    popupGzip: popup.length > 0 ? sum(popup) : null,
    popupFiles: popup.map((file) => file.slice(dirname(join(dir, 'x')).length + 1)),
  };
}
