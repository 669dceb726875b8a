import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// A fresh app's config, as `npm create vite` writes it for React + TypeScript.
export default defineConfig({ plugins: [react()] });
