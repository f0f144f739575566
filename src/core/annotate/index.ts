// The annotation module's public surface: the plan, its contract and the comment-text helpers every host uses.

export * from './types';
export * from './comments';
export * from './plan';
export * from './port';
