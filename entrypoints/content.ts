import { defineContentScript } from 'wxt/utils/define-content-script';

export default defineContentScript({
  matches: ['https://www.facebook.com/*', 'https://www.linkedin.com/*'],
  main() {},
});
