import { FormControl, FormGroup, Validators } from '@angular/forms';
import type { SkillTag } from '@xinzhi/shared-contracts';
import { hoursValidator, notFutureValidator, skillsValidator, trainingRequest } from './training-form';

describe('training form validation (mirrors the API)', () => {
  const form = () =>
    new FormGroup({
      course: new FormControl('', [Validators.required, Validators.maxLength(200)]),
      hours: new FormControl<number | null>(null, [Validators.required, hoursValidator]),
      completedOn: new FormControl('', [Validators.required, notFutureValidator(() => '2026-06-15')]),
      skills: new FormControl<SkillTag[]>([], [skillsValidator]),
    });

  it('accepts 0.5 to 1000 hours with at most two decimals', () => {
    const hours = form().controls.hours;
    for (const ok of [0.5, 1, 16, 999.99, 1000]) {
      hours.setValue(ok);
      expect(hours.errors).toBeNull();
    }
    for (const bad of [0, 0.25, 1000.5, -3, 1.234]) {
      hours.setValue(bad);
      expect(hours.errors).toEqual({ hours: true });
    }
    hours.setValue(null);
    expect(hours.errors).toEqual({ required: true });
  });

  it('refuses a completion date after today', () => {
    const date = form().controls.completedOn;
    date.setValue('2026-06-15');
    expect(date.errors).toBeNull();
    date.setValue('2026-06-16');
    expect(date.errors).toEqual({ future: true });
    date.setValue('');
    expect(date.errors).toEqual({ required: true });
  });

  it('needs at least one skill', () => {
    const skills = form().controls.skills;
    expect(skills.errors).toEqual({ skills: true });
    skills.setValue(['iot']);
    expect(skills.errors).toBeNull();
  });

  it('is valid once everything is right', () => {
    const f = form();
    f.setValue({ course: 'PLC 与产线自动化', hours: 32, completedOn: '2026-05-20', skills: ['automation', 'iot'] });
    expect(f.valid).toBe(true);
  });

  it('sends trimmed texts, a number of hours, no empty note, and the member only for someone else', () => {
    const value = {
      userId: 'me',
      course: '  云原生基础 ',
      provider: ' 阿里云大学',
      hours: '10',
      completedOn: '2026-05-20',
      skills: ['cloud'] as SkillTag[],
      note: '  ',
    };
    expect(trainingRequest(value, 'me')).toEqual({
      course: '云原生基础',
      provider: '阿里云大学',
      hours: 10,
      completedOn: '2026-05-20',
      skills: ['cloud'],
      note: null,
    });
    expect(trainingRequest({ ...value, userId: 'other', note: ' 证书 ' }, 'me')).toMatchObject({ userId: 'other', note: '证书' });
  });
});
