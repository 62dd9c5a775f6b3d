/** Reading the files must not depend on presenting them: the loader and the findings import nothing from src/present. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..', 'src');

describe('the loader and the findings', () => {
  it('import nothing from the presentation layer', () => {
    for (const folder of ['load', 'findings']) {
      const files = readdirSync(join(SRC, folder)).filter((name) => name.endsWith('.ts'));
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        const imports = [...readFileSync(join(SRC, folder, file), 'utf8').matchAll(/from '([^']+)'/g)].map((match) => match[1]);
        expect(imports.filter((path) => path.includes('/present/')), `${folder}/${file}`).toEqual([]);
      }
    }
  });
});
