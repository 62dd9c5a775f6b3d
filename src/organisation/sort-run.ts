/**
 * Sorts one run of an array by its values, carrying a parallel array along: the neighbours of
 * one person with their strengths, or one person's contacts with their slots. Runs are usually
 * short, so insertion sort; a long run (a hub) is sorted through an index array.
 */
export function sortRunByKey(keys: Int32Array, carried: Int32Array | Float64Array, from: number, to: number): void {
  // Runs often arrive sorted (ties are built in order): check before sorting.
  let sorted = true;
  for (let i = from + 1; i < to && sorted; i++) sorted = keys[i - 1] <= keys[i];
  if (sorted) return;
  if (to - from > 32) {
    const order = Array.from({ length: to - from }, (_, k) => from + k).sort((a, b) => keys[a] - keys[b]);
    const sortedKeys = order.map((k) => keys[k]);
    const sortedCarried = order.map((k) => carried[k]);
    keys.set(sortedKeys, from);
    carried.set(sortedCarried, from);
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const key = keys[i];
    const value = carried[i];
    let j = i - 1;
    while (j >= from && keys[j] > key) {
      keys[j + 1] = keys[j];
      carried[j + 1] = carried[j];
      j--;
    }
    keys[j + 1] = key;
    carried[j + 1] = value;
  }
}
