export * from './lib/identity-http.module';
export { hashPassword } from './lib/users/passwords';
export * from './lib/demo/demo-identity';
export { MembersService } from './lib/members/members';
