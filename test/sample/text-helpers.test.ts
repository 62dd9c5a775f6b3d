/** The small text helpers: CSV field quoting and e-mail slugs. */
import { describe, expect, it } from 'vitest';
import { csvField } from '../../src/sample/csv-field.js';
import { asciiSlug } from '../../src/sample/person-names.js';

describe('csvField', () => {
  it('leaves plain fields alone, including non-ASCII and apostrophes', () => {
    expect(csvField('Åsa Öberg')).toBe('Åsa Öberg');
    expect(csvField("Children's Services")).toBe("Children's Services");
    expect(csvField('')).toBe('');
  });

  it('quotes fields with a delimiter, a quote or a line break, doubling inner quotes (RFC 4180)', () => {
    expect(csvField('Parks, Open Spaces')).toBe('"Parks, Open Spaces"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
  });
});

describe('asciiSlug', () => {
  it.each([
    ['Núñez', 'nunez'],
    ['Åsa', 'asa'],
    ['Øystein', 'oystein'],
    ['Zoë', 'zoe'],
    ["O'Neill", 'oneill'],
    ['Ó Briain', 'o-briain'],
    ['Łukasz', 'lukasz'],
    ['İbrahim', 'ibrahim'],
    ['Yılmaz', 'yilmaz'],
    ['Lloyd-Evans', 'lloyd-evans'],
    ['Søndergaard', 'sondergaard'],
  ])('%s → %s', (name, slug) => {
    expect(asciiSlug(name)).toBe(slug);
  });
});
