/** The parts of citation-js the archive uses; the package ships no type declarations. */
declare module '@citation-js/core' {
  /** A set of references, read from CSL-JSON, BibTeX, RIS and more, and formatted by registered plugins. */
  export class Cite {
    constructor(data: unknown);
    /** The references as CSL-JSON. */
    data: Record<string, any>[];
    /** Formats the references: `bibliography`, `citation`, `bibtex`, `ris`, `data`… */
    format(format: string, options?: Record<string, unknown>): string;
  }
  /** The plugin registry, where CSL styles are added. */
  export const plugins: { config: { get(name: string): unknown } };
}
