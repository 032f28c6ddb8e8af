package dev.letterpress.review;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code github.missing}: the letter should link to the writer's code. Satisfied by any address on
 * one of the pack's code {@code hosts} (github.com, gitlab.com…), or by any other web address —
 * a portfolio — whose host is not in {@code notCode} (linkedin.com…) and is not the posting's
 * own. E-mail addresses never count. The whole letter is searched, signature included. Pack keys:
 * {@code hosts}, {@code notCode}, {@code message}, {@code suggestion}.
 */
final class CodeLinkRule extends Rule {
    private final List<String> hosts;
    private final List<String> notCode;

    private CodeLinkRule(Base base, List<String> hosts, List<String> notCode, Wording wording) {
        super(base, wording);
        this.hosts = hosts;
        this.notCode = notCode;
    }

    static Rule read(Base base, PackSection section, Vocabulary vocabulary) {
        List<String> hosts = lower(section.texts("hosts", true));
        List<String> notCode = lower(section.texts("notCode", false));
        Wording wording = wording(section, List.of());
        return wording == null ? null : new CodeLinkRule(base, hosts, notCode, wording);
    }

    private static List<String> lower(List<String> values) {
        return values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
    }

    @Override
    void check(Context context, List<Finding> findings) {
        String postingHost = context.job() == null || context.job().url() == null
                ? null
                : host(context.job().url());
        for (String link : LetterParts.links(context.letter().full)) {
            if (link.contains("@") && !link.contains("/")) {
                continue;
            }
            String host = host(link);
            if (host == null) {
                continue;
            }
            if (on(host, hosts) || !on(host, notCode) && !host.equals(postingHost)) {
                return;
            }
        }
        findings.add(finding(Map.of(), null));
    }

    private static boolean on(String host, List<String> domains) {
        return domains.stream().anyMatch(d -> host.equals(d) || host.endsWith("." + d));
    }

    /** The lower-case host of a link, without "www."; null when it has none. */
    static String host(String link) {
        String url = link.contains("://") ? link : "https://" + link;
        try {
            String host = new URI(url).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
