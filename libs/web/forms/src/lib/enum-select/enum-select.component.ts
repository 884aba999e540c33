import { ChangeDetectionStrategy, Component, forwardRef, input, signal } from '@angular/core';
import { type ControlValueAccessor, FormsModule, NG_VALUE_ACCESSOR } from '@angular/forms';
import { type TranslationKey, TranslatePipe } from '@xinzhi/web-core';
import { NzSelectModule } from 'ng-zorro-antd/select';

/**
 * A form control choosing one value of an enumeration (an area, a status, a role…), each shown by
 * its translated label. The one place for the markup every form repeated: `testId` goes on the
 * select and `<testId>-option-<value>` on each option (the browser tests pick options that way);
 * `inputId` pairs it with its `nz-form-label nzFor`. Works with `formControlName` like any control.
 */
@Component({
  selector: 'xz-enum-select',
  imports: [FormsModule, NzSelectModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [{ provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => EnumSelectComponent), multi: true }],
  template: `
    <nz-select
      [nzId]="inputId()"
      [attr.data-testid]="testId()"
      [ngModel]="value()"
      (ngModelChange)="choose($event)"
      (nzBlur)="onTouched()"
      [nzDisabled]="disabled()"
      [nzPlaceHolder]="placeholder() ? (placeholder()! | t) : ''"
    >
      @for (option of options(); track option) {
        <nz-option nzCustomContent [nzValue]="option" [nzLabel]="labels()[option] | t">
          <span [attr.data-testid]="testId() + '-option-' + option">{{ labels()[option] | t }}</span>
        </nz-option>
      }
    </nz-select>
  `,
  styles: `
    :host {
      display: block;
    }
  `,
})
export class EnumSelectComponent<T extends string = string> implements ControlValueAccessor {
  readonly options = input.required<readonly T[]>();
  readonly labels = input.required<Readonly<Record<T, TranslationKey>>>();
  readonly testId = input.required<string>();
  readonly inputId = input<string | null>(null);
  readonly placeholder = input<TranslationKey | null>(null);

  protected readonly value = signal<T | null>(null);
  protected readonly disabled = signal(false);
  private onChange: (value: T | null) => void = () => undefined;
  protected onTouched: () => void = () => undefined;

  protected choose(value: T | null): void {
    this.value.set(value);
    this.onChange(value);
  }

  writeValue(value: T | null): void {
    this.value.set(value ?? null);
  }

  registerOnChange(fn: (value: T | null) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  setDisabledState(disabled: boolean): void {
    this.disabled.set(disabled);
  }
}
