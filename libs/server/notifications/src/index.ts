export * from './lib/notifications';
export * from './lib/overdue';
