// Walkthrough views used by the popup (cards) and the dashboard (catalog).
export { WalkthroughCards } from './WalkthroughCards';
export { WalkthroughCatalog } from './WalkthroughCatalog';
