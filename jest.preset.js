// Shared Jest settings for every project in the workspace.
const nxPreset = require('@nx/jest/preset').default;

module.exports = {
  ...nxPreset,
  testTimeout: 20000,
};
