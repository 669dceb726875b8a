import type { Preview } from '@storybook/react-vite';
import { MINIMAL_VIEWPORTS } from 'storybook/viewport';
// The packages' sources carry no CSS import (the library build bundles it into style.css), so
// the stories load the same entry an app gets as '@roadmap-graph/react/style.css'.
import '../../packages/react/src/styles/index.css';

const preview: Preview = {
  parameters: {
    // The map fills the canvas; Storybook's padding would only shrink it.
    layout: 'fullscreen',
    viewport: {
      options: {
        ...MINIMAL_VIEWPORTS,
        // The most common phone width: below the 640 px where the panel covers the whole map.
        phone375: { name: 'Phone (375 px)', styles: { width: '375px', height: '667px' }, type: 'mobile' },
      },
    },
  },
};

export default preview;
