// Public names of src/report, re-exported by src/index.ts. Owned by the report work.
export {};
