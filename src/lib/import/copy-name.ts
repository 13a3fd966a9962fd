/**
 * Naming a verbatim copy in the sources folder by its content: the first 16
 * hexadecimal digits of the SHA-256 of its bytes, `<hash>.txt`. The name says
 * nothing about the statement, so it never needs to change, and the same copy
 * brought twice gets the same name. (The first two copies, named before this
 * rule, keep their `000_…`/`001_…` names.)
 */
import { createHash } from 'node:crypto';

/** The file name a copy is stored under: `<first 16 hex digits of its SHA-256>.txt`. */
export function copyFileName(bytes: Uint8Array): string {
  return `${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.txt`;
}

/** True when two copies are the same bytes. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
