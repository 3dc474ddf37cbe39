// Public names of src/sensitivity, re-exported by src/index.ts. Owned by the sensitivity work.
export {};
