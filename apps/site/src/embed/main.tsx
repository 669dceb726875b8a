import { mountPage } from '../shell/mountPage.js';
import { EmbedPage } from './EmbedPage.js';
import '../styles/embed.css';

mountPage('embed', <EmbedPage />);
