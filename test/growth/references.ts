// Reference values made by fixtures/make-references.py (Python decimal at 50 digits; statistics.linear_regression).
import references from './fixtures/references.json';

export const py = references;
