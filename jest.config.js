/** One runner, one project per layer (see ../shared/DESIGN.md). */
// Dates in fixtures resolve the same on every machine.
process.env.TZ = "UTC";
const transform = {
  "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
};
const moduleFileExtensions = ["ts", "tsx", "js", "json"];
const base = { transform, moduleFileExtensions, transformIgnorePatterns: ["/node_modules/(?!chrono-node)"] };

module.exports = {
  reporters: ["default", "<rootDir>/test/summaryReporter.js"],
  projects: [
    { ...base, displayName: "core", testEnvironment: "node", testMatch: ["<rootDir>/test/core/**/*.test.ts"] },
    {
      ...base,
      displayName: "office",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/office/**/*.test.ts"],
      moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/test/office/shims/office-addin-manifest.js" },
    },
    { ...base, displayName: "manifest", testEnvironment: "node", testMatch: ["<rootDir>/test/manifest/**/*.test.ts"] },
    { ...base, displayName: "demo", testEnvironment: "jsdom", testMatch: ["<rootDir>/test/demo/**/*.test.ts?(x)"] },
    {
      ...base,
      displayName: "taskpane",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/test/taskpane/**/*.test.ts?(x)"],
      setupFilesAfterEnv: ["<rootDir>/test/taskpane/setup.ts"],
    },
    {
      ...base,
      displayName: "browser",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/browser/**/*.test.ts"],
      globalSetup: "<rootDir>/test/browser/globalSetup.js",
      slowTestThreshold: 30,
    },
  ],
};
