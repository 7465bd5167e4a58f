package org.lpodesk.correspondence;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Message-IDs as headers write them ({@code <local@domain>}, RFC 5322 section 3.6.4), read from
 * Message-ID, In-Reply-To and References, which mailers fill with comments, line breaks and now
 * and then ids without their angle brackets.
 */
public final class MessageIds {

    private static final Pattern BRACKETED = Pattern.compile("<([^<>\\s]+)>");
    private static final Pattern BARE = Pattern.compile("[^<>\\s,;()]+@[^<>\\s,;()]+");

    private MessageIds() {
    }

    /** Every id in a header value, in order, each once, as {@code <id>}. */
    public static List<String> all(String header) {
        List<String> ids = new ArrayList<>();
        if (header == null) {
            return ids;
        }
        Matcher m = BRACKETED.matcher(header);
        while (m.find()) {
            add(ids, m.group(1));
        }
        if (ids.isEmpty()) {
            Matcher bare = BARE.matcher(header);
            while (bare.find()) {
                add(ids, bare.group());
            }
        }
        return ids;
    }

    /** The first id in a header value, or null. */
    public static String first(String header) {
        List<String> ids = all(header);
        return ids.isEmpty() ? null : ids.get(0);
    }

    /** A new id for a message the firm sends, at the firm's mail domain. */
    public static String create(String uniquePart, String domain) {
        return "<" + uniquePart + "@" + domain + ">";
    }

    private static void add(List<String> ids, String id) {
        String bracketed = "<" + id + ">";
        if (!ids.contains(bracketed)) {
            ids.add(bracketed);
        }
    }
}
