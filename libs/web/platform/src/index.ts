export { platformRoutes, PLATFORM_ICONS } from './lib/platform.routes';
export { PlatformParksPageComponent } from './lib/parks/platform-parks-page.component';
export { PlatformParksClient } from './lib/parks/platform-parks.client';
