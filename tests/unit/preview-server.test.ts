/**
 * `npm run preview` (scripts/serve.ts) as an editor starts it: spawned on a
 * small built site, on a port that was free a moment before. It must never
 * redirect to another host, answer only GET and HEAD, listen where it is told,
 * and say in one line when it cannot.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
let site: string;
/** Servers to stop after each test, and the one the first group of tests shares. */
const running: ChildProcess[] = [];
const shared: ChildProcess[] = [];

beforeAll(() => {
  site = join(mkdtempSync(join(tmpdir(), 'preview-')), 'dist');
  mkdirSync(join(site, 'search'), { recursive: true });
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>Home</title>');
  writeFileSync(join(site, 'search/index.html'), '<!doctype html><title>Search</title>');
  writeFileSync(join(site, '404.html'), '<!doctype html><title>Not found</title>');
});
/** Stops servers; each runs in its own process group (npm, its shell and node), all of which is stopped. */
function stop(children: ChildProcess[]): void {
  for (const child of children.splice(0)) {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}
afterEach(() => stop(running));
afterAll(() => {
  stop(shared);
  rmSync(join(site, '..'), { recursive: true, force: true });
});

/** A port nobody listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts a command in its own process group; resolves with its output once it printed `until` or exited. */
function start(command: string, args: string[], env: Record<string, string> = {}, list = running) {
  const until = /Serving .* at http:\/\/[^:]+:(\d+)\//u;
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, OUT_DIR: site, PORT: '', ...env },
    detached: true,
  });
  list.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise<{ stdout: string; stderr: string; code: number | null; port?: number }>((resolve) => {
    const check = () => {
      const match = until.exec(stdout);
      if (match) resolve({ stdout, stderr, code: null, port: Number(match[1]) });
    };
    child.stdout.on('data', check);
    child.on('exit', (code) => resolve({ stdout, stderr, code }));
  });
}

/** Sends a request with the path exactly as given (no client-side normalisation). */
function send(port: number, method: string, path: string) {
  return new Promise<{ status: number; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the preview server', () => {
  let port: number;
  beforeAll(async () => {
    port = await freePort();
    const server = await start(
      process.execPath,
      ['scripts/serve.ts', '--host', '127.0.0.1', '--port', String(port)],
      {},
      shared,
    );
    expect(server.port, server.stderr).toBe(port);
  });

  it.each(['//evil.example/%2e%2e%2fsearch', '//evil.example/..%2fsearch', '/\\evil.example/%2e%2e%2fsearch'])(
    'answers %s without sending the browser to another host',
    async (path) => {
      const response = await send(port, 'GET', path);
      expect(response.status).toBeLessThan(500);
      if (response.status >= 300 && response.status < 400) {
        const location = String(response.headers.location);
        expect(location).toMatch(/^\/(?![/\\])/u);
        expect(new URL(location, `http://127.0.0.1:${port}/`).host).toBe(`127.0.0.1:${port}`);
      }
    },
  );

  it.each(['POST', 'PUT', 'DELETE', 'PATCH'])(
    'answers %s with 405 Method Not Allowed and Allow: GET, HEAD',
    async (method) => {
      const response = await send(port, method, '/');
      expect(response.status).toBe(405);
      expect(response.headers.allow).toBe('GET, HEAD');
    },
  );

  it('still answers GET and HEAD', async () => {
    expect((await send(port, 'GET', '/search/')).status).toBe(200);
    expect((await send(port, 'HEAD', '/')).status).toBe(200);
    expect((await send(port, 'GET', '/no-such-page/')).status).toBe(404);
  });
});

describe('where npm run preview listens', () => {
  it('honours npm run preview -- --port N', async () => {
    const port = await freePort();
    const server = await start('npm', ['run', 'preview', '--', '--port', String(port), '--host', '127.0.0.1']);
    expect(server.port, server.stdout + server.stderr).toBe(port);
    expect((await send(port, 'GET', '/')).status).toBe(200);
  });

  it('honours PORT', async () => {
    const port = await freePort();
    const server = await start('npm', ['run', 'preview', '--', '--host', '127.0.0.1'], { PORT: String(port) });
    expect(server.port, server.stdout + server.stderr).toBe(port);
  });

  it('says in one line, without a stack trace, that a port is taken', async () => {
    const blocker: Server = createServer();
    const port = await new Promise<number>((resolve) =>
      blocker.listen(0, '127.0.0.1', () => resolve((blocker.address() as { port: number }).port)),
    );
    try {
      const result = await start(process.execPath, ['scripts/serve.ts', '--host', '127.0.0.1', '--port', String(port)]);
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split('\n')).toEqual([
        `Not serving: port ${port} is already in use on 127.0.0.1 (another server?): give another with --port N or PORT=N`,
      ]);
    } finally {
      blocker.close();
    }
  });

  it('takes --port 0 as any free port, and says which', async () => {
    const server = await start(process.execPath, ['scripts/serve.ts', '--host', '127.0.0.1', '--port', '0']);
    expect(server.port).toBeGreaterThan(0);
    expect((await send(server.port!, 'GET', '/')).status).toBe(200);
  });

  it('refuses a port that is not one in one line', async () => {
    const result = await start(process.execPath, ['scripts/serve.ts', '--port', 'http']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(
      'Not serving: --port "http" is not a port: give a number from 1 to 65535 (0 picks a free one)',
    );
  });
});
