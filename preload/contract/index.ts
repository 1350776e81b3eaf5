export * from './dossier';
export * from './errors';
export * from './events';
export * from './methods';
export * from './queue';
export * from './roles';
export * from './schemas';
export * from './wire';
