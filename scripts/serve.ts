/**
 * Serves the built site as a static host does: under BASE_PATH, with
 * directory index pages, the site's own 404 page, the headers from
 * `_headers`, and gzip for text. `npm start` and the browser tests use it.
 *
 *   node scripts/serve.ts [--port 4321] [--host 127.0.0.1]
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';
import { headersFor, parseHeaders } from '../src/lib/headers.ts';
import { normaliseBase } from '../src/lib/urls.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const port = Number(option('port', process.env.PORT || '4321'));
const host = option('host', 'localhost');
const root = resolve(process.env.OUT_DIR || 'dist');
const base = normaliseBase(process.env.BASE_PATH);

if (!existsSync(join(root, 'index.html'))) {
  console.error(`No built site in ${root}: run "npm run build" first.`);
  process.exit(1);
}

const headersFile = join(root, '_headers');
const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript|x-bibtex|x-research))|svg/u;

/** Maps a request path inside the base to a file in the build, or null. */
function resolveFile(sitePath: string): string | null {
  const file = normalize(join(root, decodeURIComponent(sitePath)));
  if (file !== root && !file.startsWith(root + sep)) return null;
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  return existsSync(index) ? index : null;
}

// With --count-bytes, GET /__bytes answers how many bytes the server has sent (headers and
// compressed bodies, as on the wire): the benchmark's measure of what a reader's browser
// downloads, Web Workers' requests included, which the page's own network log misses.
const countBytes = args.includes('--count-bytes');
let bytesSent = 0;

const server = createServer((req, res) => {
  // Prefixed, not resolved against a base: a request path such as `//` would otherwise read as a
  // scheme-relative URL with no host, and throw.
  const url = new URL(`http://localhost${req.url ?? '/'}`);
  if (countBytes) {
    if (url.pathname === '/__bytes') {
      res
        .writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' })
        .end(JSON.stringify({ bytes: bytesSent }));
      return;
    }
    const socket = req.socket;
    const before = socket.bytesWritten;
    res.on('finish', () => {
      bytesSent += socket.bytesWritten - before;
    });
  }
  if (!url.pathname.startsWith(base) && `${url.pathname}/` !== base) {
    res
      .writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
      .end(`Not found: the site is served under ${base}`);
    return;
  }
  const sitePath = `/${url.pathname.slice(base.length)}`.replace(/^\/+/u, '/');
  let file: string | null = null;
  try {
    file = resolveFile(sitePath);
  } catch {
    file = null;
  }
  if (file && file.endsWith(`${sep}index.html`) && !sitePath.endsWith('/') && !sitePath.endsWith('.html')) {
    res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  const status = file ? 200 : 404;
  file ??= join(root, '404.html');
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const headers: Record<string, string> = { 'content-type': type, ...Object.fromEntries(headersFor(rules, sitePath)) };
  const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/u.test(String(req.headers['accept-encoding'] ?? ''));
  if (gzip) {
    headers['content-encoding'] = 'gzip';
    headers.vary = 'Accept-Encoding';
  }
  res.writeHead(status, headers);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(file);
  (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
});

server.listen(port, host, () => {
  console.log(`Serving ${root} at http://${host}:${port}${base}`);
});
