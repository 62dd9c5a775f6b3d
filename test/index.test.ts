import { describe, expect, it } from 'vitest';
import * as nodefinder from '../src/index.js';

describe('the library API', () => {
  it('exports every error class a caller may catch, OutputError among them', () => {
    expect(nodefinder.OutputError).toBeTypeOf('function');
    const error = new nodefinder.OutputError('the disk is full');
    expect(error).toBeInstanceOf(nodefinder.NodefinderError);
    expect(error.code).toBe('OUTPUT_FAILED');
    expect(error.exitCode).toBe(nodefinder.EXIT_CODES.output);
    for (const name of ['NodefinderError', 'InputError', 'UsageError', 'OutputError']) expect(nodefinder).toHaveProperty(name);
  });
});
