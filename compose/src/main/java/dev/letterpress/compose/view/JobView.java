package dev.letterpress.compose.view;

import java.util.List;

/**
 * The template variable {@code job}: the posting the letter answers. Absent values are
 * {@code null}; lists are never null.
 *
 * @param company            the hiring company; never null (also the top-level {@code company})
 * @param title              the job title as the posting writes it; never null
 * @param titleWithSeniority the title with the posting's level in front when the title does not
 *                           say it ("Senior Backend Engineer"); never null
 * @param seniority          the level asked for ({@code junior} … {@code lead}), or null
 * @param location           where the job is, or null
 * @param hiringManager      the person to address, or null
 * @param reference          the posting's reference, or null
 * @param url                the posting's address, or null
 * @param requiredSkills     skills the posting requires, as it writes them
 * @param niceToHave         skills the posting would like
 * @param keywords           other words that matter to the posting
 */
public record JobView(
        String company,
        String title,
        String titleWithSeniority,
        String seniority,
        String location,
        String hiringManager,
        String reference,
        String url,
        List<String> requiredSkills,
        List<String> niceToHave,
        List<String> keywords) {
    /**
     * Copies the lists.
     *
     * @param company            the hiring company; never null (also the top-level {@code company})
     * @param title              the job title as the posting writes it; never null
     * @param titleWithSeniority the title with the posting's level in front when the title does not
     *                           say it ("Senior Backend Engineer"); never null
     * @param seniority          the level asked for ({@code junior} … {@code lead}), or null
     * @param location           where the job is, or null
     * @param hiringManager      the person to address, or null
     * @param reference          the posting's reference, or null
     * @param url                the posting's address, or null
     * @param requiredSkills     skills the posting requires, as it writes them
     * @param niceToHave         skills the posting would like
     * @param keywords           other words that matter to the posting
     */
    public JobView {
        requiredSkills = List.copyOf(requiredSkills);
        niceToHave = List.copyOf(niceToHave);
        keywords = List.copyOf(keywords);
    }
}
