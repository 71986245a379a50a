// The mock WhatsApp Web over HTTPS with a throwaway self-signed certificate, and (for Firefox) a
// proxy that tunnels web.whatsapp.com to it and records every other host a browser tries to reach.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, statSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createHttpServer } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';

export const MOCK_DIR = resolve(import.meta.dirname, '..', '..', 'mock');
export const MOCK_HOST = 'web.whatsapp.com';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

function selfSignedCertificate() {
  const dir = mkdtempSync(join(tmpdir(), 'ml-cert-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-keyout',
      key,
      '-out',
      cert,
      '-subj',
      `/CN=${MOCK_HOST}`,
      '-addext',
      `subjectAltName=DNS:${MOCK_HOST}`,
    ],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

/** Starts the HTTPS mock on 127.0.0.1 (random port). `requests` lists every `host/path` it served. */
export async function startMockServer() {
  const requests = [];
  const server = createHttpsServer(selfSignedCertificate(), (req, res) => {
    requests.push(`${req.headers.host}${req.url}`);
    const path = decodeURIComponent(new URL(req.url, 'https://x').pathname);
    const file = normalize(join(MOCK_DIR, path === '/' ? 'index.html' : path));
    if (!file.startsWith(MOCK_DIR) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    port: server.address().port,
    requests,
    close: () => {
      server.closeAllConnections();
      return new Promise((ok) => server.close(ok));
    },
  };
}

/**
 * An HTTP proxy for Firefox: CONNECT web.whatsapp.com:443 is tunnelled to the mock; every other host is
 * refused and recorded, so a test can prove the extension reached nothing else.
 */
export async function startRecordingProxy(mockPort) {
  const attempts = [];
  const tunnels = new Set(); // CONNECT sockets leave the HTTP server's books: close them ourselves
  const server = createHttpServer((req, res) => {
    attempts.push(req.headers.host ?? req.url);
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    const [host] = req.url.split(':');
    if (host !== MOCK_HOST) {
      attempts.push(req.url);
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(mockPort, '127.0.0.1', () => {
      tunnels.add(socket).add(upstream);
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
    socket.on('close', () => tunnels.delete(socket));
    upstream.on('close', () => tunnels.delete(upstream));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    port: server.address().port,
    attempts,
    close: () => {
      for (const socket of tunnels) socket.destroy();
      server.closeAllConnections();
      return new Promise((ok) => server.close(ok));
    },
  };
}
