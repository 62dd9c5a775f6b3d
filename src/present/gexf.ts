/**
 * The network as GEXF 1.2 for Gephi (and NetworkX's `read_gexf`): people as nodes carrying their
 * team, kept staff columns, every measure and their roles; ties as edges whose weight is the tie
 * strength (interactions).
 *
 * Written by our own small writer rather than graphology-gexf 0.13, which infers each attribute's
 * type from the values (a double measure that happens to be whole everywhere is declared
 * `integer`), writes control characters raw (the file no longer parses), and numbers edges with
 * process-wide counters; all three break what this export promises.
 */
import type { Analysis } from '../analyse.js';
import type { Organisation } from '../organisation/organisation.js';
import { attributeText, exportedTies, networkDescription, nodeAttributes } from './network-attributes.js';
import { xmlText } from './xml-text.js';

/** Serialises the released analysis and the organisation's ties; the same input gives the same bytes. */
export function formatGexf(analysis: Analysis, organisation: Organisation): string {
  let text = '';
  for (const line of gexfLines(analysis, organisation)) text += `${line}\n`;
  return text;
}

/**
 * The same document line by line (each node is one multi-line piece), so that a large network
 * can be written to a file without holding the whole text in memory.
 */
export function* gexfLines(analysis: Analysis, organisation: Organisation): Generator<string> {
  const ties = exportedTies(analysis, organisation);
  const attributes = nodeAttributes(analysis);
  const ids = analysis.people.map((person) => person.id);
  yield '<?xml version="1.0" encoding="UTF-8"?>';
  yield '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">';
  yield '  <meta>';
  yield '    <creator>nodefinder</creator>';
  yield `    <description>${xmlText(networkDescription(analysis))}</description>`;
  yield '  </meta>';
  yield `  <graph mode="static" defaultedgetype="${ties.directed ? 'directed' : 'undirected'}">`;
  yield '    <attributes class="node">';
  for (const attribute of attributes) {
    yield `      <attribute id="${xmlText(attribute.name)}" title="${xmlText(attribute.name)}" type="${attribute.type}"/>`;
  }
  yield '    </attributes>';
  yield '    <attributes class="edge">';
  yield '      <attribute id="strength" title="strength" type="double"/>';
  yield '    </attributes>';
  yield '    <nodes>';
  for (const person of analysis.people) {
    let node = `      <node id="${xmlText(person.id)}" label="${xmlText(person.name || person.id)}">\n        <attvalues>`;
    for (const attribute of attributes) {
      const text = attributeText(attribute.type, attribute.value(person));
      if (text !== null) node += `\n          <attvalue for="${xmlText(attribute.name)}" value="${xmlText(text)}"/>`;
    }
    yield `${node}\n        </attvalues>\n      </node>`;
  }
  yield '    </nodes>';
  yield '    <edges>';
  const { table } = ties;
  for (let i = 0; i < table.length; i++) {
    const strength = String(table.strength[i]);
    yield `      <edge id="${i}" source="${xmlText(ids[table.source[i]])}" target="${xmlText(ids[table.target[i]])}" weight="${strength}">` +
      `<attvalues><attvalue for="strength" value="${strength}"/></attvalues></edge>`;
  }
  yield '    </edges>';
  yield '  </graph>';
  yield '</gexf>';
}
