export { EnumSelectComponent } from './lib/enum-select/enum-select.component';
export { fieldLimits, type FieldLimits, schemaValidators } from './lib/schema/schema-validators';
