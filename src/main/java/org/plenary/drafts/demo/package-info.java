/**
 * The illustrative GCM revisions loaded with the demo data: read with the import's parser and saved through the
 * drafts module's public API, from a package of its own so that the drafts model does not depend on the importer.
 */
package org.plenary.drafts.demo;
