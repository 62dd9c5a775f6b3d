/**
 * The network as GraphML for Cytoscape, yEd, Gephi and NetworkX's `read_graphml`: people as nodes
 * carrying their team, kept staff columns, every measure and their roles; ties as edges with
 * their strength (as `weight`, the name those tools use, and as `strength`).
 *
 * Our own small writer: graphology's GraphML package documents only a parser, and no well-kept
 * graphology GraphML writer exists. Types are declared per key, never guessed from the values.
 */
import type { Analysis } from '../analyse.js';
import type { Organisation } from '../organisation/organisation.js';
import { attributeText, exportedTies, networkDescription, nodeAttributes, type NetworkValueType } from './network-attributes.js';
import { xmlText } from './xml-text.js';

const GRAPHML_TYPE: Readonly<Record<NetworkValueType, string>> = { string: 'string', integer: 'int', double: 'double', boolean: 'boolean' };

/** Serialises the released analysis and the organisation's ties; the same input gives the same bytes. */
export function formatGraphml(analysis: Analysis, organisation: Organisation): string {
  let text = '';
  for (const line of graphmlLines(analysis, organisation)) text += `${line}\n`;
  return text;
}

/**
 * The same document line by line (each node is one multi-line piece), so that a large network
 * can be written to a file without holding the whole text in memory.
 */
export function* graphmlLines(analysis: Analysis, organisation: Organisation): Generator<string> {
  const ties = exportedTies(analysis, organisation);
  const attributes = [
    { name: 'label', type: 'string' as const, value: (p: Analysis['people'][number]) => p.name || p.id },
    ...nodeAttributes(analysis),
  ];
  const ids = analysis.people.map((person) => person.id);
  yield '<?xml version="1.0" encoding="UTF-8"?>';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">';
  yield '  <key id="description" for="graph" attr.name="description" attr.type="string"/>';
  yield '  <key id="seed" for="graph" attr.name="seed" attr.type="long"/>';
  for (const [k, attribute] of attributes.entries()) {
    yield `  <key id="n${k}" for="node" attr.name="${xmlText(attribute.name)}" attr.type="${GRAPHML_TYPE[attribute.type]}"/>`;
  }
  yield '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>';
  yield '  <key id="strength" for="edge" attr.name="strength" attr.type="double"/>';
  yield `  <graph id="organisation" edgedefault="${ties.directed ? 'directed' : 'undirected'}">`;
  yield `    <data key="description">${xmlText(networkDescription(analysis))}</data>`;
  yield `    <data key="seed">${analysis.options.seed}</data>`;
  for (const person of analysis.people) {
    let node = `    <node id="${xmlText(person.id)}">`;
    attributes.forEach((attribute, k) => {
      const text = attributeText(attribute.type, attribute.value(person));
      if (text !== null) node += `\n      <data key="n${k}">${xmlText(text)}</data>`;
    });
    yield `${node}\n    </node>`;
  }
  const { table } = ties;
  for (let i = 0; i < table.length; i++) {
    const strength = String(table.strength[i]);
    yield `    <edge id="e${i}" source="${xmlText(ids[table.source[i]])}" target="${xmlText(ids[table.target[i]])}">` +
      `<data key="weight">${strength}</data><data key="strength">${strength}</data></edge>`;
  }
  yield '  </graph>';
  yield '</graphml>';
}
