export * from './row';
export * from './catalog';
export * from './render';
export * from './compare';
