import { mountPage } from '../shell/mountPage.js';
import { DocsPage } from './DocsPage.js';
import '../styles/docs.css';

mountPage('docs', <DocsPage />);
