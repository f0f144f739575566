// The tool's name and version as reports state them; a test keeps the version equal to package.json's.

export const TOOL_NAME = 'indicator-checker';
export const TOOL_VERSION = '0.1.0';
