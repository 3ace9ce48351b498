/** Minimal typings for rdf-canonize 5 (it ships none): the one call the tests make. */
declare module 'rdf-canonize' {
  export function canonize(
    input: unknown,
    options: { algorithm: 'RDFC-1.0'; inputFormat?: 'application/n-quads'; format?: 'application/n-quads' },
  ): Promise<string>;
}
