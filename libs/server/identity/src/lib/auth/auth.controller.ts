import { Controller, Get, HttpCode, Patch, Post, Req, Res, UnauthorizedException } from '@nestjs/common';
import { ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppConfig, Authenticated, InjectConfig, Principal, Public, Responds, RespondsNoContent, ValidBody } from '@xinzhi/server-core';
import {
  ChangePasswordRequest,
  ChangePasswordRequestSchema,
  LoginRequest,
  LoginRequestSchema,
  MeResponse,
  MeResponseSchema,
  SwitchContextRequest,
  SwitchContextRequestSchema,
  TokenResponse,
  TokenResponseSchema,
  UpdateProfileRequest,
  UpdateProfileRequestSchema,
  UserSummary,
  UserSummarySchema,
} from '@xinzhi/shared-contracts';
import { AuthService } from './auth.service';
import { IssuedSession, REFRESH_COOKIE, REFRESH_TTL_DAYS, SessionRejected, Sessions } from './sessions';

type CookieRequest = FastifyRequest & { cookies: Record<string, string | undefined>; user?: Principal };
type CookieReply = FastifyReply & {
  setCookie(name: string, value: string, options: Record<string, unknown>): FastifyReply;
  clearCookie(name: string, options: Record<string, unknown>): FastifyReply;
};

/** Sign-in, token refresh with rotation, sign-out, context switch, and the signed-in user's own account. */
@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: Sessions,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  private cookieOptions() {
    return { httpOnly: true, sameSite: 'strict', secure: this.config.cookieSecure, path: '/api/auth' };
  }

  private deliver(reply: CookieReply, session: IssuedSession): TokenResponse {
    reply.setCookie(REFRESH_COOKIE, session.refreshCookie, { ...this.cookieOptions(), maxAge: REFRESH_TTL_DAYS * 86400 });
    void reply.header('cache-control', 'no-store');
    return session.tokens;
  }

  /** Signed in: a bearer access token, and the refresh token in an httpOnly cookie. */
  @Post('auth/login')
  @HttpCode(200)
  @Public()
  @Responds(TokenResponseSchema)
  @ApiTooManyRequestsResponse({ description: 'Too many attempts for this account or address; see Retry-After' })
  async login(@ValidBody(LoginRequestSchema) body: LoginRequest, @Res({ passthrough: true }) reply: CookieReply): Promise<TokenResponse> {
    return this.deliver(reply, await this.auth.login(body.email, body.password));
  }

  /** A new access token; the refresh cookie is rotated. */
  @Post('auth/refresh')
  @HttpCode(200)
  @Public()
  @Responds(TokenResponseSchema)
  async refresh(@Req() request: CookieRequest, @Res({ passthrough: true }) reply: CookieReply): Promise<TokenResponse> {
    try {
      return this.deliver(reply, await this.sessions.rotate(request.cookies?.[REFRESH_COOKIE]));
    } catch (error) {
      if (error instanceof SessionRejected) {
        reply.clearCookie(REFRESH_COOKIE, this.cookieOptions());
        throw new UnauthorizedException('The session has ended. Sign in again.');
      }
      throw error;
    }
  }

  /** The session ends at once: its refresh token stops working and its access tokens are refused from the next request. */
  @Post('auth/logout')
  @HttpCode(204)
  @Public()
  @RespondsNoContent()
  async logout(@Req() request: CookieRequest, @Res({ passthrough: true }) reply: CookieReply): Promise<void> {
    await this.sessions.revokeFamilyOf(request.cookies?.[REFRESH_COOKIE]);
    reply.clearCookie(REFRESH_COOKIE, this.cookieOptions());
  }

  /** Every session of the signed-in user ends at once, on every device, this one included. */
  @Post('auth/logout-everywhere')
  @HttpCode(204)
  @Authenticated()
  @RespondsNoContent()
  async logoutEverywhere(@Req() request: CookieRequest, @Res({ passthrough: true }) reply: CookieReply): Promise<void> {
    const userId = request.user?.userId;
    if (!userId) throw new UnauthorizedException();
    await this.auth.logoutEverywhere(userId);
    reply.clearCookie(REFRESH_COOKIE, this.cookieOptions());
  }

  @Post('auth/switch')
  @HttpCode(200)
  @Authenticated()
  @Responds(TokenResponseSchema)
  switch(@ValidBody(SwitchContextRequestSchema) body: SwitchContextRequest, @Req() request: CookieRequest): Promise<TokenResponse> {
    return this.auth.switchContext(body, request.cookies?.[REFRESH_COOKIE]);
  }

  @Get('me')
  @Authenticated()
  @Responds(MeResponseSchema)
  me(@Req() request: CookieRequest): Promise<MeResponse> {
    return this.auth.me(request.user?.context ?? null);
  }

  @Patch('me')
  @Authenticated()
  @Responds(UserSummarySchema)
  updateProfile(@ValidBody(UpdateProfileRequestSchema) body: UpdateProfileRequest): Promise<UserSummary> {
    return this.auth.updateProfile(body);
  }

  /** Password changed; every other session has ended and this one continues with new tokens. */
  @Post('me/password')
  @HttpCode(200)
  @Authenticated()
  @Responds(TokenResponseSchema)
  async changePassword(
    @ValidBody(ChangePasswordRequestSchema) body: ChangePasswordRequest,
    @Req() request: CookieRequest,
    @Res({ passthrough: true }) reply: CookieReply,
  ): Promise<TokenResponse> {
    return this.deliver(reply, await this.auth.changePassword(body.currentPassword, body.newPassword, request.user?.context ?? null));
  }
}
