import { defineWebExtConfig } from 'wxt';

// No browser is launched by `wxt` dev mode unless a user opts in (machines here have no display).
export default defineWebExtConfig({ disabled: true });
