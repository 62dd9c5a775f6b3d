/** The worker that reads the second part of a large edge-list file (edge-part.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { readEdgePart, type EdgePartRequest } from './edge-part.js';

const result = await readEdgePart(workerData as EdgePartRequest);
const { pairs } = result;
const arrays = [pairs.source, pairs.target, pairs.strength, pairs.rows, pairs.first, pairs.last, pairs.channels, pairs.firstLine];
parentPort!.postMessage(result, arrays.map((array) => array.buffer as ArrayBuffer));
