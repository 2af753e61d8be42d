// Loaded only when Outlook is dark or in high contrast.
export { webDarkTheme as dark, teamsHighContrastTheme as contrast } from "@fluentui/react-components";
