package org.lpodesk.correspondence;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The readable text of an HTML mail body: what the thread view and the search index show of a
 * message that came as HTML only. Scripts, styles and comments are dropped, block elements become
 * line breaks, the common entities are decoded; no markup survives, so the text is safe to show
 * (escaped) anywhere. The HTML itself is kept as received, in the raw message.
 */
public final class HtmlText {

    private static final Pattern HIDDEN = Pattern.compile(
            "(?is)<(script|style|head|title|template)\\b.*?</\\1\\s*>|<!--.*?-->");
    private static final Pattern BREAK = Pattern.compile(
            "(?i)<\\s*(br|/p|/div|/li|/tr|/h[1-6]|/blockquote|/pre|/table)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", " ");

    private HtmlText() {
    }

    public static String of(String html) {
        if (html == null) {
            return "";
        }
        String text = HIDDEN.matcher(html).replaceAll("");
        text = BREAK.matcher(text).replaceAll("\n");
        text = TAG.matcher(text).replaceAll("");
        Matcher m = ENTITY.matcher(text);
        StringBuilder decoded = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(decoded, Matcher.quoteReplacement(entity(m.group(1), m.group())));
        }
        m.appendTail(decoded);
        return decoded.toString().replaceAll("[ \\t\\x0B\\f\\r]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }

    private static String entity(String name, String whole) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
            }
            if (name.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(1))));
            }
        } catch (IllegalArgumentException notACodePoint) {
            return whole;
        }
        return NAMED.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), whole);
    }
}
