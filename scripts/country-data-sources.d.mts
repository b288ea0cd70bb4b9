// Types for the parts of country-data-sources.mjs that TypeScript scripts use (build-places.ts).
export const root: string;
export const dataDir: string;
export const LATIN: RegExp;
export function readList(name: string): string[][];
export function packages(): { wc: { cca2: string; capital?: string[] }[]; versions: string };
