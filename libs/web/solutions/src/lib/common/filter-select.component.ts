import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslatePipe, type TranslationKey } from '@xinzhi/web-core';
import { NzSelectModule } from 'ng-zorro-antd/select';

/** One choice of a filter row, its label already in the reader's language. */
export interface FilterOption {
  readonly value: string;
  readonly label: string;
}

/**
 * A labelled filter of a list: "all" (the empty value) or one value. Options carry the
 * `<testId>-option-<value>` ids the browser tests use.
 */
@Component({
  selector: 'xz-filter-select',
  imports: [FormsModule, NzSelectModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <label class="label" [attr.for]="testId()">{{ label() | t }}</label>
    <nz-select
      class="select"
      nzShowSearch
      [nzId]="testId()"
      [attr.data-testid]="testId()"
      [ngModel]="value()"
      (ngModelChange)="changed.emit($event ?? '')"
    >
      <nz-option nzCustomContent nzValue="" [nzLabel]="allLabel() | t">
        <span [attr.data-testid]="testId() + '-option-all'">{{ allLabel() | t }}</span>
      </nz-option>
      @for (option of options(); track option.value) {
        <nz-option nzCustomContent [nzValue]="option.value" [nzLabel]="option.label">
          <span [attr.data-testid]="testId() + '-option-' + option.value">{{ option.label }}</span>
        </nz-option>
      }
    </nz-select>
  `,
  styles: `
    :host {
      display: flex;
      align-items: center;
      gap: 8px;
      flex: 1 1 200px;
      max-width: 320px;
      min-width: 0;
    }
    .label {
      color: rgba(0, 0, 0, 0.65);
      white-space: nowrap;
    }
    .select {
      flex: 1;
      min-width: 0;
    }
  `,
})
export class FilterSelectComponent {
  readonly testId = input.required<string>();
  readonly label = input.required<TranslationKey>();
  readonly allLabel = input.required<TranslationKey>();
  readonly options = input.required<readonly FilterOption[]>();
  readonly value = input<string>('');
  readonly changed = output<string>();
}
