/**
 * Composing: tailors a candidate's profile to a job posting and writes the {@link
 * dev.letterpress.model.Letter} through a Thymeleaf template. {@link dev.letterpress.compose.Composer}
 * is the entry point; {@link dev.letterpress.compose.TemplateInfo} describes its templates, and
 * {@link dev.letterpress.compose.view} documents the variables a template receives.
 */
package dev.letterpress.compose;
