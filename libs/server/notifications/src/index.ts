export * from './lib/notifications';
export * from './lib/overdue';
export { notifyOverdue, NOTIFICATION_KEEP_DAYS } from './lib/notifications.data';
