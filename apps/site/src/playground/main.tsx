import { mountPage } from '../shell/mountPage.js';
import { loadInitialDraft } from './loadInitialDraft.js';
import { PlaygroundPage } from './PlaygroundPage.js';
import '../styles/playground.css';

// A share link is unpacked (asynchronously) before the first render, so the editor starts with it.
const initial = await loadInitialDraft();
mountPage('playground', <PlaygroundPage initial={initial} />, { app: true });
