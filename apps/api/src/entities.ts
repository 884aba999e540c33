import { HEALTH_ENTITIES } from '@xinzhi/server-health';

/** Every entity the API and the worker map, gathered from the features. */
export const ENTITIES = [...HEALTH_ENTITIES];
