// Lint enforces the layer boundaries in DEVELOPERS.md, so they hold without anyone remembering them.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

const layer = (name, forbidden) => ({
  group: forbidden.map((f) => `**/${f}/**`),
  message: `${name} must not import from ${forbidden.join(", ")} (see README, Architecture).`,
});

export default tseslint.config(
  { ignores: [".build/**", "dist/**", "node_modules/**", "coverage/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    languageOptions: { globals: { ...globals.browser, Office: "readonly" } },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Pure TypeScript: no Office, React, DOM or clock reads.
    files: ["src/core/**/*.ts"],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: ["react", "react-dom", "dompurify"].map((name) => ({ name, message: "src/core is pure TypeScript." })),
          patterns: [{ group: ["@fluentui/*"], message: "src/core is pure TypeScript." }, layer("src/core", ["office", "taskpane", "demo", "app"])],
        },
      ],
      "no-restricted-globals": ["error", "window", "document", "navigator", "localStorage", "sessionStorage", "Office", "fetch", "setTimeout", "setInterval"],
      "no-restricted-syntax": [
        "error",
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "Pass `now` in; src/core never reads the clock." },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: "Pass `now` in; src/core never reads the clock." },
      ],
    },
  },
  {
    // The only layer that touches Office; no UI.
    files: ["src/office/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: ["react", "react-dom"].map((name) => ({ name, message: "src/office has no UI." })),
          patterns: [{ group: ["@fluentui/*"], message: "src/office has no UI." }, layer("src/office", ["taskpane", "demo", "app"])],
        },
      ],
    },
  },
  {
    // The pane gets the mailbox through the port; it never calls Office.
    files: ["src/taskpane/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser, Office: "off" } },
    rules: {
      "no-restricted-imports": ["error", { patterns: [layer("src/taskpane", ["office", "demo", "app"])] }],
      "no-restricted-globals": ["error", "Office"],
    },
  },
  {
    // The simulated host talks to the pane only through its Office stand-in.
    files: ["src/demo/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [layer("src/demo", ["office", "taskpane", "app"])] }],
    },
  },
  {
    files: ["**/*.js", "**/*.mjs", "scripts/**", "test/**"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
