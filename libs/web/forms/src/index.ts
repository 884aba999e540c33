export { EnumSelectComponent } from './lib/enum-select/enum-select.component';
