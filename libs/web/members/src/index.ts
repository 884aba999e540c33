export { membersRoutes, departmentsRoutes, auditRoutes, MEMBERS_ICONS } from './lib/members.routes';
export { MembersPageComponent } from './lib/members/members-page.component';
export { DepartmentsPageComponent } from './lib/departments/departments-page.component';
export { AuditPageComponent } from './lib/audit/audit-page.component';
export { MembersClient } from './lib/data/members.client';
