// Park surveys of their tenants.
export * from './lib/surveys-http.module';
export * from './lib/demo/demo-surveys';
