export { parkRoutes, PARK_ICONS } from './lib/park.routes';
export { ParkTenantsPageComponent } from './lib/tenants/park-tenants-page.component';
export { ParkTenantsClient } from './lib/tenants/park-tenants.client';
export {
  CREDIT_CODE_PATTERN,
  DIVISION_PATTERN,
  createTenantForm,
  creditCodeValidator,
  toCreateRequest,
  toUpdateRequest,
} from './lib/tenants/tenant-form';
export { ParkDashboardPageComponent } from './lib/dashboard/park-dashboard-page.component';
export { ParkTenantSummaryPageComponent } from './lib/summary/park-tenant-summary-page.component';
export { ParkDashboardClient } from './lib/dashboard/park-dashboard.client';
