import { ChangeDetectionStrategy, Component, inject, output } from '@angular/core';
import { I18nService, TranslatePipe } from '@xinzhi/web-core';
import type { Locale } from '@xinzhi/shared-contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';

interface LanguageOption {
  readonly locale: Locale;
  /** The language's own name, shown the same in every interface language. */
  readonly label: string;
  readonly short: string;
}

const OPTIONS: readonly LanguageOption[] = [
  { locale: 'zh-CN', label: '简体中文', short: '中' },
  { locale: 'en-US', label: 'English', short: 'EN' },
];

/** Two-button language switch; narrow screens show the short labels. */
@Component({
  selector: 'xz-language-switch',
  imports: [NzButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="switch" role="group" [attr.aria-label]="'language.label' | t" data-testid="language-switch">
      @for (option of options; track option.locale) {
        <button
          nz-button
          type="button"
          nzSize="small"
          [nzType]="option.locale === locale() ? 'primary' : 'default'"
          [attr.aria-pressed]="option.locale === locale()"
          [attr.aria-label]="option.label"
          [attr.lang]="option.locale"
          [attr.title]="option.label"
          [attr.data-testid]="'lang-' + option.locale"
          (click)="choose(option.locale)"
        >
          <span class="full" aria-hidden="true">{{ option.label }}</span>
          <span class="short" aria-hidden="true">{{ option.short }}</span>
        </button>
      }
    </div>
  `,
  styles: `
    .switch {
      display: inline-flex;
      gap: 4px;
      white-space: nowrap;
    }
    .short {
      display: none;
    }
    @media (max-width: 575.98px) {
      .full {
        display: none;
      }
      .short {
        display: inline;
      }
    }
  `,
})
export class LanguageSwitchComponent {
  private readonly i18n = inject(I18nService);

  /** Emits the language the user picked, after it is applied. */
  readonly localeChange = output<Locale>();

  protected readonly options = OPTIONS;
  protected readonly locale = this.i18n.locale;

  protected choose(locale: Locale): void {
    if (locale === this.locale()) return;
    this.i18n.setLocale(locale);
    this.localeChange.emit(locale);
  }
}
