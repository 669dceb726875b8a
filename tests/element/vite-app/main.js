// All an app does to use the element: import the package. No worker setup, no Vite config.
import '@roadmap-graph/element';
