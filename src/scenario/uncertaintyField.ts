// Scenario documents hold their uncertain parameters as distribution documents, validated by the same schema that
// `distributionFromDocument` uses.
export { distributionDocumentSchema as distributionDocument } from '../uncertainty/distributions/document';
