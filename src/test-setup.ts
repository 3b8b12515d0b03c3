// Unit and data-layer tests run in Node; fake-indexeddb stands in for the browser's IndexedDB there
// (and only there: the app and the e2e tests use the real one).
import 'fake-indexeddb/auto';
