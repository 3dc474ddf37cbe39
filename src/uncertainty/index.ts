// Public names of src/uncertainty, re-exported by src/index.ts. Owned by the uncertainty work.
export {};
