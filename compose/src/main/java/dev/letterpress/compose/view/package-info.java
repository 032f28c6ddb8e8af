/**
 * The values a template receives, one record per kind of thing in a letter. The full list of
 * template variables — {@code candidate}, {@code job}, {@code company}, {@code subject},
 * {@code salutation}, {@code headline}, {@code primaryLanguage}, {@code cloud}, {@code skills},
 * {@code stackText}, {@code stackYearsText}, {@code matchedSkills}, {@code matchedYearsText},
 * {@code backendSkills}, {@code backendStackText}, {@code frontendSkills},
 * {@code frontendStackText}, {@code frontendTestingText}, {@code practiceText},
 * {@code achievements}, {@code topAchievement}, {@code moreAchievements},
 * {@code backendAchievements}, {@code projects},
 * {@code backendProjects}, {@code themes}, {@code theme}, {@code supports}, {@code focus},
 * {@code focusText}, {@code scaleFacts}, {@code scaleText}, {@code variant} — is described in the resource
 * {@code dev/letterpress/compose/template-variables.md}. The template check validates every
 * variable and property a template uses against these records.
 */
package dev.letterpress.compose.view;
