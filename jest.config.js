/** Jest: ts-jest transpiles only (type checking is `npm run typecheck`), so the suite stays fast on two cores. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test', '<rootDir>/src'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json', diagnostics: false }],
  },
  testPathIgnorePatterns: ['/node_modules/', '/lib/', '/dist/'],
  setupFilesAfterEnv: ['<rootDir>/test/equality.ts'],
  testTimeout: 60000,
};
