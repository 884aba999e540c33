import { Module } from '@nestjs/common';
import { LiveEventPublisher } from '@xinzhi/server-queue';
import { AuditController } from './audit/audit.controller';
import { MembersExportController } from './exports/identity-exports';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { LoginThrottle } from './auth/login-throttle';
import { Sessions } from './auth/sessions';
import { DepartmentsController, DepartmentsService } from './departments/departments';
import { Invitations, InvitationsController } from './invitations/invitations';
import { MembersController, MembersService } from './members/members';
import { PlatformParksController, PlatformParksService } from './parks/platform-parks';
import { ParkTenantsController, ParkTenantsService } from './tenants/park-tenants';

/** Who is who: sign-in and sessions, members and departments, park tenants, platform parks, audit. */
@Module({
  controllers: [
    AuthController,
    InvitationsController,
    MembersController,
    DepartmentsController,
    ParkTenantsController,
    PlatformParksController,
    AuditController,
    MembersExportController,
  ],
  providers: [
    AuthService,
    Sessions,
    LoginThrottle,
    Invitations,
    MembersService,
    DepartmentsService,
    ParkTenantsService,
    PlatformParksService,
    LiveEventPublisher,
  ],
})
export class IdentityHttpModule {}
