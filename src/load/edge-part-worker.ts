/**
 * The worker that reads the second part of a large edge-list file (edge-part.ts). It may be
 * started before its part is known (see {@link SpareWorker}), so it waits for the request.
 */
import { parentPort } from 'node:worker_threads';
import { readEdgePart, type EdgePartRequest } from './edge-part.js';

parentPort!.once('message', async (request: EdgePartRequest) => {
  const result = await readEdgePart(request);
  const { pairs } = result;
  const arrays = [pairs.source, pairs.target, pairs.strength, pairs.rows, pairs.first, pairs.last, pairs.channels, pairs.firstLine];
  parentPort!.postMessage(result, arrays.map((array) => array.buffer as ArrayBuffer));
});
