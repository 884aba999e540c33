import { IDENTITY_ENTITIES } from '@xinzhi/server-identity';

/**
 * The entities TypeORM still maps: identity's, until it moves to a data file like the other
 * features (see docs/architecture.md, Data access). Converted features have none.
 */
export const ENTITIES = [...IDENTITY_ENTITIES];
