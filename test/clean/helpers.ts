import { classifyLine } from '../../src/pipeline/clean/lines.ts';

/** Shared by the rule tests: whether a line on its own is judged chrome, and pages built from lines. */
export const removed = (line: string): boolean => classifyLine(line).kind === 'removed';
/** A page whose lines follow one another with no blank line between them (scraped text). */
export const linesPage = (...lines: string[]): string => lines.join('\n');
/** A page of blocks separated by blank lines. */
export const blocksPage = (...blocks: string[]): string => blocks.join('\n\n');
