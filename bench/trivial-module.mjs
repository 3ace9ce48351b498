// Imported first by the import benchmark, to warm the ESM loader.
export default 1;
