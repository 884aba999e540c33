import { DynamicModule, Global, Module, OnApplicationBootstrap } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule, DiscoveryService } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { AppConfig } from '../config/app-config';
import { StartupError } from '../startup';
import { AccessGuard } from './access.guard';
import { ACCESS_TOKEN_ALGORITHM, ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER } from './access-token';
import { JwtStrategy } from './jwt.strategy';
import { findUndeclaredRoutes } from './route-declarations';

/** Verifies access tokens on every route (global guard) and refuses to start with an undeclared route. */
@Global()
@Module({})
export class AuthCoreModule implements OnApplicationBootstrap {
  constructor(private readonly discovery: DiscoveryService) {}

  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AuthCoreModule,
      imports: [
        DiscoveryModule,
        PassportModule,
        JwtModule.register({
          secret: config.jwtSecret,
          signOptions: {
            algorithm: ACCESS_TOKEN_ALGORITHM,
            issuer: ACCESS_TOKEN_ISSUER,
            audience: ACCESS_TOKEN_AUDIENCE,
            expiresIn: config.accessTokenTtlSeconds,
          },
          verifyOptions: { algorithms: [ACCESS_TOKEN_ALGORITHM], issuer: ACCESS_TOKEN_ISSUER, audience: ACCESS_TOKEN_AUDIENCE },
        }),
      ],
      providers: [JwtStrategy, { provide: APP_GUARD, useClass: AccessGuard }],
      exports: [JwtModule],
    };
  }

  onApplicationBootstrap(): void {
    const controllers = this.discovery
      .getControllers()
      .map((wrapper) => wrapper.metatype)
      .filter((m): m is NonNullable<typeof m> => !!m);
    const missing = findUndeclaredRoutes(controllers);
    if (missing.length) {
      throw new StartupError(
        `these routes declare no access rule (add @Public, @Authenticated, @TenantRoles, @ParkAdmin or @PlatformOperator): ${missing.join(', ')}`,
      );
    }
  }
}
