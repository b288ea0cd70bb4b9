// Readability.js on its own (module.exports = Readability): the package's index also pulls in
// isProbablyReaderable, which Attaché never calls, and a CommonJS index cannot be tree-shaken.
declare module '@mozilla/readability/Readability.js' {
  import { Readability } from '@mozilla/readability';
  export default Readability;
}
