/**
 * Serves the built site as a static host does: under BASE_PATH, with
 * directory index pages, the site's own 404 page, the headers from
 * `_headers`, and gzip for text; GET and HEAD only, and never a redirect to
 * another host (`src/lib/static-server.ts` decides every answer).
 * `npm start`, `npm run preview` and the browser tests use it.
 *
 *   node scripts/serve.ts [--port 4321] [--host localhost]   (or PORT=4321; --port 0 picks a free port)
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { createGzip } from 'node:zlib';
import { headersFor, parseHeaders } from '../src/lib/headers.ts';
import { answerRequest, readServeOptions, ServeOptionError, type SiteEntry } from '../src/lib/static-server.ts';
import { normaliseBase } from '../src/lib/urls.ts';
import { recoverBeforeServing } from './lib/site-swap.ts';

/** Reads the options, or says in one line what is wrong with them. */
function options() {
  try {
    return readServeOptions(process.argv.slice(2), process.env);
  } catch (error) {
    if (!(error instanceof ServeOptionError)) throw error;
    console.error(`Not serving: ${error.message}`);
    return process.exit(2);
  }
}

const { port, host, countBytes } = options();
const root = resolve(process.env.OUT_DIR || 'dist');
const base = normaliseBase(process.env.BASE_PATH);

// A build killed while putting its site in place leaves the previous one beside it: put it back first.
if (recoverBeforeServing(root) === 'restored')
  console.log(`A build was killed while putting its site in place: the previous site is back in ${root}.`);
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

/** What the built site has at a path relative to it. */
function lookup(path: string): SiteEntry {
  try {
    const stat = statSync(join(root, path));
    if (stat.isFile()) return 'file';
    return stat.isDirectory() && existsSync(join(root, path, 'index.html')) ? 'directory' : null;
  } catch {
    return null;
  }
}

// With --count-bytes, GET /__bytes answers how many bytes the server has sent (headers and
// compressed bodies, as on the wire): the benchmark's measure of what a reader's browser
// downloads, Web Workers' requests included, which the page's own network log misses.
let bytesSent = 0;

const server = createServer((req, res) => {
  if (countBytes) {
    if (req.url === '/__bytes') {
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
  const answer = answerRequest(req.method, req.url, base, lookup);
  if ('text' in answer) {
    res.writeHead(answer.status, { 'content-type': 'text/plain; charset=utf-8', ...answer.headers }).end(answer.text);
    return;
  }
  if (answer.status === 301) {
    res.writeHead(301, { location: answer.location }).end();
    return;
  }
  const file = join(root, answer.path);
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const headers: Record<string, string> = {
    'content-type': type,
    ...Object.fromEntries(headersFor(rules, answer.sitePath)),
  };
  const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/u.test(String(req.headers['accept-encoding'] ?? ''));
  if (gzip) {
    headers['content-encoding'] = 'gzip';
    headers.vary = 'Accept-Encoding';
  }
  res.writeHead(answer.status, headers);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(file);
  (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
});

// A port already taken, or one this user may not use: one line, not a stack trace.
server.on('error', (error: NodeJS.ErrnoException) => {
  const where = `${host}:${port}`;
  const reasons: Record<string, string> = {
    EADDRINUSE: `port ${port} is already in use on ${host} (another server?): give another with --port N or PORT=N`,
    EACCES: `not allowed to listen on ${where}: give a port above 1023 with --port N or PORT=N`,
    EADDRNOTAVAIL: `${host} is not an address of this machine: give another with --host`,
    ENOTFOUND: `no such host "${host}": give another with --host`,
  };
  console.error(`Not serving: ${reasons[error.code ?? ''] ?? `${where}: ${error.message}`}`);
  process.exit(1);
});

server.listen(port, host, () => {
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  console.log(`Serving ${root} at http://${host}:${actual}${base}`);
});
