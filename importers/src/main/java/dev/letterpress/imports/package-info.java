/**
 * Reading the formats people already keep their CV and job postings in: JSON Resume candidates and
 * jobs, schema.org {@code JobPosting} JSON-LD (alone or inside a saved web page) and plain-text or
 * Markdown job ads. {@link dev.letterpress.imports.Importers} is the entry point; with this module
 * on the class path, {@link dev.letterpress.model.Profiles} reads these formats too (through
 * {@link dev.letterpress.imports.ImportFormat}). Nothing here ever touches the network.
 */
package dev.letterpress.imports;
