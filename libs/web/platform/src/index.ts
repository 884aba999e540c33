export { platformRoutes, PLATFORM_ICONS } from './lib/platform.routes';
export { PlatformParksPageComponent } from './lib/parks/platform-parks-page.component';
export { PlatformParksClient } from './lib/parks/platform-parks.client';
export { QueuesPageComponent } from './lib/queues/queues-page.component';
export { QueuesClient } from './lib/queues/queues.client';
