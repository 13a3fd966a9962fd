import { describe, expect, it } from 'vitest';
import {
  answerRequest,
  DEFAULT_PORT,
  readServeOptions,
  ServeOptionError,
  type SiteEntry,
} from '../../src/lib/static-server.ts';

/** A built site with a home page, a search folder, a statement folder and two files. */
const SITE: Record<string, SiteEntry> = {
  '': 'directory',
  search: 'directory',
  'statements/a': 'directory',
  'feed.xml': 'file',
  'search/index.html': 'file',
};
const lookup = (path: string): SiteEntry => SITE[path] ?? null;
const get = (url: string, base = '/') => answerRequest('GET', url, base, lookup);

describe('the preview server’s answers', () => {
  it.each([
    ['//evil.example/%2e%2e%2fsearch', '/search/'],
    ['//evil.example/..%2fsearch', '/search/'],
    ['/\\evil.example/%2e%2e%2fsearch', '/search/'],
    ['///evil.example/%2E%2E/search?q=x', '/search/?q=x'],
    ['/search', '/search/'],
    ['/search?q=trade', '/search/?q=trade'],
    ['//search/', '/search/'],
  ])('redirects %s to %s on this host, never to another', (url, location) => {
    const answer = get(url);
    expect(answer).toEqual({ status: 301, location });
    const target = new URL(location, 'http://127.0.0.1:4321/');
    expect(target.host).toBe('127.0.0.1:4321');
  });

  it('redirects a folder under a sub-path to its address under that sub-path', () => {
    expect(get('/archive//evil.example/%2e%2e%2fsearch', '/archive/')).toEqual({
      status: 301,
      location: '/archive/search/',
    });
    expect(get('/archive', '/archive/')).toEqual({ status: 301, location: '/archive/' });
  });

  it.each([
    ['/', { status: 200, path: 'index.html', sitePath: '/' }],
    ['/search/', { status: 200, path: 'search/index.html', sitePath: '/search/' }],
    ['/statements/a/', { status: 200, path: 'statements/a/index.html', sitePath: '/statements/a/' }],
    ['/feed.xml', { status: 200, path: 'feed.xml', sitePath: '/feed.xml' }],
    ['/search/index.html', { status: 200, path: 'search/index.html', sitePath: '/search/index.html' }],
  ])('serves %s from the site', (url, answer) => {
    expect(get(url)).toEqual(answer);
  });

  it.each([
    '/no-such-page/',
    '/feed.xml/',
    '/../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/..%2f..%2fetc%2fpasswd',
    '/%E0%A4%A',
    '/search%00/',
  ])('answers %s with the site’s 404 page', (url) => {
    expect(get(url)).toMatchObject({ status: 404, path: '404.html' });
  });

  it('answers a path outside the sub-path with a plain 404', () => {
    expect(get('/elsewhere/', '/archive/')).toMatchObject({ status: 404, text: expect.stringContaining('/archive/') });
  });

  it('refuses an absolute URL in the request line', () => {
    expect(get('http://evil.example/')).toMatchObject({ status: 400 });
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])('answers %s with 405 and Allow: GET, HEAD', (method) => {
    expect(answerRequest(method, '/', '/', lookup)).toMatchObject({ status: 405, headers: { allow: 'GET, HEAD' } });
  });

  it('answers HEAD as GET', () => {
    expect(answerRequest('HEAD', '/search/', '/', lookup)).toEqual(get('/search/'));
  });
});

describe('the preview server’s options', () => {
  it.each([
    [[], {}, DEFAULT_PORT],
    [[], { PORT: '5000' }, 5000],
    [['--port', '5001'], { PORT: '5000' }, 5001],
    [['--port=5002'], {}, 5002],
    // `npm run preview -- --port N` appends to whatever the script already gives: the last one wins.
    [['--port', '4321', '--port', '5003'], {}, 5003],
    [['--port', '0'], {}, 0],
  ])('reads the port from %j and %j as %d', (args, env, port) => {
    expect(readServeOptions(args, env).port).toBe(port);
  });

  it('reads the host and --count-bytes', () => {
    expect(readServeOptions(['--host', '127.0.0.1', '--count-bytes'], {})).toEqual({
      port: DEFAULT_PORT,
      host: '127.0.0.1',
      countBytes: true,
    });
    expect(readServeOptions([], {}).host).toBe('localhost');
  });

  it.each([
    [['--port', 'abc'], {}, '--port "abc" is not a port'],
    [['--port', '70000'], {}, '--port "70000" is not a port'],
    [[], { PORT: '-1' }, 'PORT "-1" is not a port'],
    [['--prot', '5000'], {}, "Unknown option '--prot'"],
  ])('refuses %j %j in one line', (args, env, message) => {
    expect(() => readServeOptions(args, env)).toThrow(ServeOptionError);
    expect(() => readServeOptions(args, env)).toThrow(message);
  });
});
