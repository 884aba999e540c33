export { PageHeaderComponent } from './lib/page-header/page-header.component';
export { LanguageSwitchComponent } from './lib/language-switch/language-switch.component';
export { AsyncStateComponent, type AsyncStateKind } from './lib/async-state/async-state.component';
export { CopyLinkComponent } from './lib/copy-link/copy-link.component';
export { injectHandset, HANDSET_QUERY } from './lib/layout/handset';
export { ExportButtonComponent } from './lib/export-button/export-button.component';
