// Park surveys of their tenants.
export * from './lib/surveys-http.module';
