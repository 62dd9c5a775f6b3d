/** What each role means, in a phrase, for readers who do not know the network terms. */
import type { Role } from '../findings/roles.js';

/** What a role means, in a phrase, for readers who do not know the terms. */
export const ROLE_MEANINGS: Readonly<Record<Role, string>> = {
  connector: 'knows the most people',
  broker: 'links parts that would otherwise be apart',
  'boundary-spanner': 'ties spread across many teams',
  bottleneck: 'a broker no one else can stand in for: leaving would cut people off',
  peripheral: 'few ties: at the edge of the network',
  isolate: 'no ties at all in this data',
};
