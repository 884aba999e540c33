import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import {
  AcceptInvitationRequest, ChangePasswordRequest, CreateParkRequest, CreateTenantRequest, DepartmentRequest,
  ENTERPRISE_SCALES, EnterpriseScale, InviteMemberRequest, LOCALES, LoginRequest, MANUFACTURING_TYPES, ManufacturingType,
  SwitchContextRequest, TENANT_ROLES, TenantRole, UpdateMemberRequest, UpdateProfileRequest,
  UpdateTenantRequest,
} from '@xinzhi/shared-contracts';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const lowerTrim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'leader@acme.xinzhi.test' }) @Transform(lowerTrim) @IsEmail({}, { message: 'email must be an email address' }) @MaxLength(254) email!: string;
  // Length is not checked here: a wrong password of any length gets the same answer as any other.
  @ApiProperty() @IsString() @MaxLength(1024) password!: string;
}

export class SwitchContextDto implements SwitchContextRequest {
  @ApiProperty({ enum: ['tenant', 'park', 'platform'] }) @IsIn(['tenant', 'park', 'platform']) type!: 'tenant' | 'park' | 'platform';
  @ApiProperty() @IsString() @MaxLength(64) id!: string;
}

export class ChangePasswordDto implements ChangePasswordRequest {
  @ApiProperty() @IsString() @MaxLength(1024) currentPassword!: string;
  @ApiProperty({ minLength: 8, maxLength: 128 }) @IsString() newPassword!: string;
}

export class UpdateProfileDto implements UpdateProfileRequest {
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @Length(1, 100) displayName?: string;
  @ApiPropertyOptional({ enum: LOCALES }) @IsOptional() @IsIn(LOCALES) locale?: 'zh-CN' | 'en-US';
}

export class AcceptInvitationDto implements AcceptInvitationRequest {
  @ApiProperty() @IsString() @Length(20, 200) token!: string;
  @ApiProperty() @IsString() password!: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @Length(1, 100) displayName?: string;
}

export class DepartmentDto implements DepartmentRequest {
  @ApiProperty({ example: '生产部 Production' }) @Transform(trim) @IsString() @Length(1, 100) name!: string;
}

export class InviteMemberDto implements InviteMemberRequest {
  @ApiProperty() @Transform(lowerTrim) @IsEmail({}, { message: 'email must be an email address' }) @MaxLength(254) email!: string;
  @ApiProperty() @Transform(trim) @IsString() @Length(1, 100) displayName!: string;
  @ApiProperty({ enum: TENANT_ROLES }) @IsIn(TENANT_ROLES) role!: TenantRole;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsUUID('all') departmentId?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @Transform(trim) @IsString() @MaxLength(100) jobTitle?: string | null;
}

export class UpdateMemberDto implements UpdateMemberRequest {
  @ApiPropertyOptional({ enum: TENANT_ROLES }) @IsOptional() @IsIn(TENANT_ROLES) role?: TenantRole;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsUUID('all') departmentId?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @Transform(trim) @IsString() @MaxLength(100) jobTitle?: string | null;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @Length(1, 100) displayName?: string;
}

const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export class TenantClassificationDto {
  @ApiProperty({ example: 'C', description: 'GB/T 4754 section letter' }) @Transform(trim) @Matches(/^[A-T]$/, { message: 'industrySection must be a section letter A–T' }) industrySection!: string;
  @ApiProperty({ example: '34', description: 'two-digit division' }) @Transform(trim) @Matches(/^[0-9]{2}$/, { message: 'industryDivision must be two digits' }) industryDivision!: string;
  @ApiProperty({ enum: ENTERPRISE_SCALES }) @IsIn(ENTERPRISE_SCALES) scale!: EnterpriseScale;
  @ApiProperty({ example: '苏州工业园区' }) @Transform(trim) @IsString() @MaxLength(100) region!: string;
  @ApiProperty() @IsBoolean() emerging!: boolean;
  @ApiProperty({ enum: MANUFACTURING_TYPES }) @IsIn(MANUFACTURING_TYPES) manufacturingType!: ManufacturingType;
}

export class CreateTenantDto extends TenantClassificationDto implements CreateTenantRequest {
  @ApiProperty() @Transform(trim) @IsString() @Length(1, 200) name!: string;
  @ApiPropertyOptional({ description: '统一社会信用代码, 18 characters' }) @IsOptional() @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() || undefined : value))
  @Matches(CREDIT_CODE, { message: 'creditCode must be an 18-character unified social credit code' }) creditCode?: string;
  @ApiProperty() @Transform(lowerTrim) @IsEmail({}, { message: 'ownerEmail must be an email address' }) @MaxLength(254) ownerEmail!: string;
  @ApiProperty() @Transform(trim) @IsString() @Length(1, 100) ownerName!: string;
}

export class UpdateTenantDto implements UpdateTenantRequest {
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @Length(1, 200) name?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() || null : value))
  @Matches(CREDIT_CODE, { message: 'creditCode must be an 18-character unified social credit code' }) creditCode?: string | null;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @Matches(/^[A-T]$/, { message: 'industrySection must be a section letter A–T' }) industrySection?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @Matches(/^[0-9]{2}$/, { message: 'industryDivision must be two digits' }) industryDivision?: string;
  @ApiPropertyOptional({ enum: ENTERPRISE_SCALES }) @IsOptional() @IsIn(ENTERPRISE_SCALES) scale?: EnterpriseScale;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(100) region?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() emerging?: boolean;
  @ApiPropertyOptional({ enum: MANUFACTURING_TYPES }) @IsOptional() @IsIn(MANUFACTURING_TYPES) manufacturingType?: ManufacturingType;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() showcase?: boolean;
}

export class CreateParkDto implements CreateParkRequest {
  @ApiProperty() @Transform(trim) @IsString() @Length(1, 200) name!: string;
  @ApiProperty() @Transform(trim) @IsString() @MaxLength(100) region!: string;
  @ApiProperty() @Transform(lowerTrim) @IsEmail({}, { message: 'adminEmail must be an email address' }) @MaxLength(254) adminEmail!: string;
  @ApiProperty() @Transform(trim) @IsString() @Length(1, 100) adminName!: string;
}

