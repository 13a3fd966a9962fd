/** Every file below a folder, with its size: what the build reports and the benchmark measures. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file below a folder (at any depth), with its size in bytes. */
export function filesBelow(dir: string): { path: string; bytes: number }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).flatMap((name) => {
    const path = join(dir, name);
    const stat = statSync(path);
    return stat.isFile() ? [{ path, bytes: stat.size }] : [];
  });
}
