import { Controller, Get, Patch, Post } from '@nestjs/common';
import { Public, TenantRoles } from './access';
import { findUndeclaredRoutes } from './route-declarations';

@Controller('things')
class MixedController {
  @Get() @Public() list(): void {
    /* declared */
  }
  @Post() create(): void {
    /* forgot the declaration */
  }
  @Patch(':id') @TenantRoles('owner') update(): void {
    /* declared */
  }
  helper(): void {
    /* not a route */
  }
}

@TenantRoles('owner', 'leader')
@Controller('declared-on-class')
class ClassLevelController {
  @Get() list(): void {
    /* inherits the class rule */
  }
}

describe('findUndeclaredRoutes', () => {
  it('names each route without an access rule, and only those', () => {
    expect(findUndeclaredRoutes([MixedController, ClassLevelController])).toEqual(['POST /things']);
  });
  it('accepts controllers whose routes all declare a rule', () => {
    expect(findUndeclaredRoutes([ClassLevelController])).toEqual([]);
  });
});
