import { SCRIPT_NONCE } from '#script-url';
import { ELEMENT_CSS } from './elementStyles.js';

// One constructed sheet shared by every element of the page: parsed once, and allowed by a
// Content-Security-Policy without 'unsafe-inline' (it is no inline <style>).
let shared: CSSStyleSheet | undefined;

/**
 * Styles a shadow root: through adoptedStyleSheets where the browser has them (all current
 * ones), else with a `<style>` element carrying `nonce` (the one of the element's script tag
 * by default), which a strict CSP needs for inline styles.
 */
export function adoptStyles(root: ShadowRoot, nonce: string | undefined = SCRIPT_NONCE): void {
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    try {
      if (shared === undefined) {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(ELEMENT_CSS);
        shared = sheet;
      }
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, shared];
      return;
    } catch {
      // A sheet from another document (the element was adopted into an iframe): use <style>.
    }
  }
  const style = document.createElement('style');
  if (nonce) style.nonce = nonce;
  style.textContent = ELEMENT_CSS;
  root.prepend(style);
}
