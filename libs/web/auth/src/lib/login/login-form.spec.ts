import { TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder } from '@angular/forms';
import { createLoginForm, emailMessage, passwordMessage } from './login-form';

describe('login form validation', () => {
  const form = () => createLoginForm(TestBed.inject(NonNullableFormBuilder));

  it.each([
    ['', 'login.error.emailRequired'],
    ['not-an-email', 'login.error.emailInvalid'],
    ['name@', 'login.error.emailInvalid'],
    ['name@company.com', null],
  ])('email %j → %s', (value, expected) => {
    const f = form();
    f.controls.email.setValue(value);
    expect(emailMessage(f.controls.email.errors)?.key ?? null).toBe(expected);
  });

  it.each([
    ['', 'login.error.passwordRequired'],
    ['1234567', 'login.error.passwordLength'],
    ['12345678', null],
    ['x'.repeat(128), null],
    ['x'.repeat(129), 'login.error.passwordLength'],
  ])('password of length %#  → %s', (value, expected) => {
    const f = form();
    f.controls.password.setValue(value);
    expect(passwordMessage(f.controls.password.errors)?.key ?? null).toBe(expected);
  });

  it('gives the length limits to the message', () => {
    expect(passwordMessage({ minlength: {} })?.params).toEqual({ min: 8, max: 128 });
  });

  it('is valid with a good email and password', () => {
    const f = form();
    f.setValue({ email: 'li.lei@example.cn', password: 'correct horse' });
    expect(f.valid).toBe(true);
  });
});
