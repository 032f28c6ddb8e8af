package dev.letterpress.compose.view;

/**
 * The template variable {@code candidate}: who writes the letter. Text is cleaned (one space
 * between words, no control characters); absent values are {@code null}, so templates test them
 * with {@code th:if="${candidate.github != null}"}.
 *
 * @param name              full name; never null
 * @param email             e-mail address, or null
 * @param phone             phone number, or null
 * @param location          city / country, or null
 * @param github            GitHub (or GitLab…) URL, or null
 * @param linkedin          LinkedIn URL, or null
 * @param website           personal site, or null
 * @param codeLink          where the candidate's code is: GitHub, else the website; or null
 * @param codeLinkText      {@code codeLink} as a letter shows it ("github.com/ada"), or null
 * @param role              what the candidate is, derived from the profile ("Python backend
 *                          specialist", "TypeScript developer moving from frontend to backend"),
 *                          or null when the profile names no language
 * @param roleWithArticle   {@code role} with "a" or "an" ("an Elixir backend specialist"), or null
 * @param seniority         the profile's level ({@code junior} … {@code lead}), or null
 * @param yearsExperience   years of professional experience, or null
 * @param yearsText         the years in words ("8 years", "1 year", "6 months"), or null
 * @param experiencePeriod  "the past 8 years", "the past year", or null
 * @param transitioningFrom the field the candidate moves from ("frontend"), or null
 * @param summary           the candidate's own paragraph about themselves (a JSON Resume's
 *                          {@code basics.summary}), or null; the built-in templates leave it out
 */
public record CandidateView(
        String name,
        String email,
        String phone,
        String location,
        String github,
        String linkedin,
        String website,
        String codeLink,
        String codeLinkText,
        String role,
        String roleWithArticle,
        String seniority,
        Double yearsExperience,
        String yearsText,
        String experiencePeriod,
        String transitioningFrom,
        String summary) {}
