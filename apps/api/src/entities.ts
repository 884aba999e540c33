import { HEALTH_ENTITIES } from '@xinzhi/server-health';
import { IDENTITY_ENTITIES } from '@xinzhi/server-identity';

/** Every entity the API maps, gathered from the features. */
export const ENTITIES = [...HEALTH_ENTITIES, ...IDENTITY_ENTITIES];
