// PLACEHOLDER (issue 6 owns this folder): walkthrough views used by the popup and the dashboard.
export { WalkthroughCards, WalkthroughCatalog } from './placeholder';
