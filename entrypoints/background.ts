// Placeholder until the background glue lands.
export default defineBackground(() => {});
