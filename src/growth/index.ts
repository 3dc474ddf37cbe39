// Public names of src/growth, re-exported by src/index.ts. Owned by the growth work.
export {};
