package dev.letterpress.review;

import java.util.List;
import java.util.Map;

/**
 * {@code stack.breadth}: depth over breadth. Two variants:
 * <ul>
 * <li>{@code run}: one sentence or list item names more than {@code maxRun} technologies, or a
 *     bulleted list has more than {@code maxRun} items that each lead with a technology;</li>
 * <li>{@code shallow}: at least {@code depth.bareList} technologies written as one list (in a
 *     sentence, or as bullets) where most carry no depth: neither years ("(5 years)", "since 2019")
 *     nor an evidence word ("built", "designed") in their own item, nor a deep mention elsewhere
 *     in the letter; a sentence that itself says what was built with them counts as depth, and so
 *     does a skill line that lists what a skill with years was used for ("AWS (6 years): ECS, EKS,
 *     RDS, DynamoDB, SQS, Lambda"). More than {@code maxRun} is still a {@code run}.</li>
 * </ul>
 * The message quotes the list. Pack keys: {@code maxRun}, and {@code run} and {@code shallow} each
 * with {@code message} and {@code suggestion} (variables {@code {count}}, {@code {max}},
 * {@code {quote}}).
 */
final class BreadthRule extends Rule {
    private final int maxRun;
    private final Wording run;
    private final Wording shallow;

    private BreadthRule(Base base, int maxRun, Wording run, Wording shallow) {
        super(base, null);
        this.maxRun = maxRun;
        this.run = run;
        this.shallow = shallow;
    }

    static Rule read(Base base, PackSection section, Vocabulary vocabulary) {
        int maxRun = section.integer("maxRun", 1, 100);
        List<String> variables = List.of("count", "max", "quote");
        Wording run = variant(section, "run", variables);
        Wording shallow = variant(section, "shallow", variables);
        return run == null || shallow == null ? null : new BreadthRule(base, maxRun, run, shallow);
    }

    @Override
    void check(Context context, List<Finding> findings) {
        TechLists lists = context.techLists();
        for (TechLists.Listing listing : lists.listings) {
            int count = listing.technologies().size();
            Map<String, String> values =
                    Map.of("count", String.valueOf(count), "max", String.valueOf(maxRun), "quote", listing.quote());
            if (count > maxRun) {
                findings.add(finding(run, values, listing.quote()));
            } else if (listing.listed() >= context.vocabulary().bareList() && lists.shallow(listing)) {
                findings.add(finding(shallow, values, listing.quote()));
            }
        }
    }
}
