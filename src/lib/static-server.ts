/**
 * What the preview server (`scripts/serve.ts`) answers, as pure functions:
 * its options, and the answer to a request, given how to look a path up in
 * the built site. It answers as a static host does, and never sends a reader
 * anywhere but this site.
 */
import { parseArgs } from 'node:util';

/** The preview server's settings. */
export interface ServeOptions {
  /** The port to listen on; 0 lets the system pick a free one. */
  port: number;
  /** The interface to listen on. */
  host: string;
  /** Answer `GET /__bytes` with the bytes sent so far (the benchmark's measure). */
  countBytes: boolean;
}

/** The port when neither `--port` nor `PORT` gives one. */
export const DEFAULT_PORT = 4321;

/** Bad options, with the one line to print. */
export class ServeOptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ServeOptionError';
  }
}

/** Reads a port number, refusing anything but a whole number from 0 to 65535. */
function readPort(text: string, from: string): number {
  const port = Number(text);
  if (!/^\d+$/u.test(text.trim()) || port > 65535)
    throw new ServeOptionError(`${from} "${text}" is not a port: give a number from 1 to 65535 (0 picks a free one)`);
  return port;
}

/**
 * Reads the command line (`--port N`, `--host NAME`, `--count-bytes`; `--port=N` too) and the environment
 * (`PORT`): the command line wins, and of two `--port`s the last, so `npm run preview -- --port N` always works.
 */
export function readServeOptions(args: readonly string[], env: { PORT?: string | undefined }): ServeOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: { port: { type: 'string' }, host: { type: 'string' }, 'count-bytes': { type: 'boolean' } },
    }));
  } catch (error) {
    throw new ServeOptionError(`${(error as Error).message.split('\n')[0]} (options: --port N, --host NAME)`);
  }
  const port =
    values.port !== undefined ? readPort(values.port, '--port') : env.PORT ? readPort(env.PORT, 'PORT') : DEFAULT_PORT;
  return { port, host: values.host || 'localhost', countBytes: values['count-bytes'] ?? false };
}

/** What is at a path of the built site (`search`, `feed.xml`, `` for the root). */
export type SiteEntry = 'file' | 'directory' | null;

/** The server's answer to one request. */
export type Answer =
  /** A file of the site; `path` is relative to the site folder, `sitePath` what `_headers` rules match. */
  | { status: 200; path: string; sitePath: string }
  /** The site's own 404 page. */
  | { status: 404; path: '404.html'; sitePath: string }
  /** Plain-text answers: outside the base, a malformed request, or a method a static site has no use for. */
  | { status: 400 | 404 | 405; text: string; headers?: Record<string, string> }
  /** A directory asked for without its slash: to its canonical address, on this host. */
  | { status: 301; location: string };

/** The methods a static site answers. */
export const ALLOWED_METHODS = 'GET, HEAD';

/**
 * Resolves a decoded path's `.` and `..` segments inside the site; null when it climbs out of it or holds a
 * character no file name can.
 */
function siteSegments(decoded: string): string[] | null {
  const segments: string[] = [];
  for (const segment of decoded.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment.includes('\0') || segment.includes('\\')) return null;
    if (segment === '..') {
      if (segments.length === 0) return null;
      segments.pop();
    } else segments.push(segment);
  }
  return segments;
}

/**
 * Answers a request: `url` as the request line gives it, `base` the sub-path the site is served under,
 * `lookup` what the built site has at a relative path.
 */
export function answerRequest(
  method: string | undefined,
  url: string | undefined,
  base: string,
  lookup: (path: string) => SiteEntry,
): Answer {
  if (method !== 'GET' && method !== 'HEAD')
    return {
      status: 405,
      text: `Method not allowed: the site answers ${ALLOWED_METHODS}`,
      headers: { allow: ALLOWED_METHODS },
    };
  // Only a path: an absolute URL in the request line (as sent to a proxy) is not for this server.
  if (!url?.startsWith('/')) return { status: 400, text: 'Bad request: the address must be a path' };
  // Prefixed, not resolved against a base: `//host/x` is a path here, never a URL of another host.
  const { pathname, search } = new URL(`http://localhost${url}`);
  if (!pathname.startsWith(base) && `${pathname}/` !== base)
    return { status: 404, text: `Not found: the site is served under ${base}` };
  const requested = pathname.slice(base.length - 1);
  let segments: string[] | null;
  try {
    segments = siteSegments(decodeURIComponent(requested));
  } catch {
    segments = null; // malformed percent-encoding
  }
  const notFound = { status: 404, path: '404.html', sitePath: requested || '/' } as const;
  if (!segments) return notFound;
  const path = segments.join('/');
  const entry = lookup(path);
  if (entry === 'directory') {
    // The address to serve a folder at is made of the site's own folder names, so it starts with the base path
    // on this host: a request such as //evil.example/%2e%2e%2fsearch goes to /search/, never to another site.
    const canonical = `${base}${segments.map((s) => `${encodeURIComponent(s)}/`).join('')}`;
    if (pathname !== canonical) return { status: 301, location: `${canonical}${search}` };
    return { status: 200, path: `${path}${path ? '/' : ''}index.html`, sitePath: `/${path}${path ? '/' : ''}` };
  }
  if (entry === 'file' && !pathname.endsWith('/')) return { status: 200, path, sitePath: `/${path}` };
  return notFound;
}
