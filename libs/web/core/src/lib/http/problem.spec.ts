import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import type { Problem } from '@xinzhi/shared-contracts';
import { I18nService } from '../i18n/i18n.service';
import { applyProblemToForm, problemMessage, readApiFailure, retryMinutes, revealErrors, serverError } from './problem';

function failure(status: number, body: Partial<Problem> | null, headers: Record<string, string> = {}): HttpErrorResponse {
  return new HttpErrorResponse({
    status,
    error: body ? { type: 'about:blank', title: 'x', status, ...body } : null,
    headers: new HttpHeaders(headers),
  });
}

describe('problem+json helpers', () => {
  let i18n: I18nService;

  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['en-US']);
    i18n = TestBed.inject(I18nService);
  });

  afterEach(() => jest.restoreAllMocks());

  function passwordForm() {
    return new FormGroup({
      currentPassword: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
      newPassword: new FormControl('', { nonNullable: true }),
    });
  }

  it('puts field errors on the matching controls, translated, and shows them', () => {
    const form = passwordForm();
    const error = failure(400, {
      errors: [
        { field: 'currentPassword', code: 'wrongPassword', message: 'currentPassword is not right' },
        { field: 'newPassword', code: 'commonPassword', message: 'newPassword is one of the most common passwords' },
      ],
    });

    const top = applyProblemToForm(i18n, form, error);

    expect(top).toBe('Please correct the fields marked below.');
    expect(serverError(form.controls.currentPassword.errors)).toEqual({
      code: 'wrongPassword',
      message: 'The password is not right.',
    });
    expect(serverError(form.controls.newPassword.errors)?.message).toBe('This password is too common. Please choose another.');
    expect(form.controls.newPassword.dirty && form.controls.newPassword.touched).toBe(true);
    expect(form.invalid).toBe(true);
  });

  it('translates into the current language, with the numbers of length rules', () => {
    i18n.setLocale('zh-CN');
    const form = passwordForm();
    applyProblemToForm(
      i18n,
      form,
      failure(400, { errors: [{ field: 'newPassword', code: 'minLength', message: 'newPassword must have at least 8 characters' }] }),
    );
    expect(serverError(form.controls.newPassword.errors)?.message).toBe('至少需要 8 个字符');
  });

  it('words a limit from the number the API sends, not from its sentence', () => {
    i18n.setLocale('zh-CN');
    const form = passwordForm();
    applyProblemToForm(
      i18n,
      form,
      failure(400, { errors: [{ field: 'newPassword', code: 'maxLength', limit: 200, message: 'too long' }] }),
    );
    expect(serverError(form.controls.newPassword.errors)?.message).toContain('200');
  });

  it('adds errors for fields without a control to the top message', () => {
    const form = passwordForm();
    const top = applyProblemToForm(
      i18n,
      form,
      failure(400, { errors: [{ field: 'departmentId', code: 'exists', message: 'departmentId names no department' }] }),
    );
    expect(top).toBe('Please correct the fields marked below. This no longer exists. Please choose again.');
  });

  it('uses a form’s own text for a field and code, and maps renamed fields', () => {
    const form = new FormGroup({ role: new FormControl('owner'), mail: new FormControl('') });
    const top = applyProblemToForm(
      i18n,
      form,
      failure(409, {
        errors: [
          { field: 'role', code: 'conflict', message: 'This is the last owner' },
          { field: 'email', code: 'unique', message: 'taken' },
        ],
      }),
      { messages: { 'role:conflict': 'members.lastOwner' }, fieldMap: { email: 'mail' } },
    );
    expect(top).toBe('This conflicts with existing data.');
    expect(serverError(form.controls.role.errors)?.message).toBe(
      'This is the last owner of the enterprise. Make someone else owner first.',
    );
    expect(serverError(form.controls.mail.errors)?.message).toBe('This is already in use. Please choose another.');
  });

  it('shows an unknown code with the API’s English message in English and a generic text in Chinese', () => {
    const form = new FormGroup({ name: new FormControl('') });
    const error = failure(400, { errors: [{ field: 'name', code: 'somethingNew', message: 'name is odd' }] });
    applyProblemToForm(i18n, form, error);
    expect(serverError(form.controls.name.errors)?.message).toBe('name is odd');
    i18n.setLocale('zh-CN');
    applyProblemToForm(i18n, form, error);
    expect(serverError(form.controls.name.errors)?.message).toBe('填写的内容无效');
  });

  it.each([
    [0, null, 'Could not reach the server. Check your connection and try again.'],
    [401, {}, 'Your session has ended. Please sign in again.'],
    [403, {}, 'You do not have permission to do this.'],
    [404, {}, 'It was not found. It may have been removed.'],
    [409, {}, 'This conflicts with existing data.'],
    [500, {}, 'The server ran into a problem. Please try again later.'],
  ] as const)('gives a generic text for status %s', (status, body, text) => {
    expect(problemMessage(i18n, failure(status, body))).toBe(text);
  });

  it('reads Retry-After (header first, then the body) into whole minutes', () => {
    const limited = failure(429, { retryAfter: 30 }, { 'Retry-After': '601' });
    expect(readApiFailure(limited)?.retryAfterSeconds).toBe(601);
    expect(problemMessage(i18n, limited)).toBe('Too many attempts. Please try again in 11 minutes.');
    expect(readApiFailure(failure(429, { retryAfter: 30 }))?.retryAfterSeconds).toBe(30);
    expect(retryMinutes(null)).toBe(1);
    expect(retryMinutes(1)).toBe(1);
  });

  it('is not fooled by non-HTTP errors', () => {
    expect(readApiFailure(new Error('x'))).toBeNull();
    expect(problemMessage(i18n, new Error('x'))).toBe('Something went wrong. Please try again.');
  });

  it('revealErrors drops old server errors and marks what is still invalid', () => {
    const form = passwordForm();
    form.controls.newPassword.setErrors({ server: { code: 'x', message: 'old' } });
    form.controls.newPassword.setValue('anything', { emitEvent: false });
    form.controls.newPassword.setErrors({ server: { code: 'x', message: 'old' } });
    expect(revealErrors(form)).toBe(false); // currentPassword is still required
    expect(form.controls.newPassword.errors).toBeNull();
    expect(form.controls.currentPassword.dirty).toBe(true);
    form.controls.currentPassword.setValue('secret');
    expect(revealErrors(form)).toBe(true);
  });
});
