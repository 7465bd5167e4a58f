package org.lpodesk.correspondence;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lpodesk.cases.numbering.CaseNumber;

/**
 * The e-mail address of each case: a local part made from the case number by the firm's pattern
 * ({@code lpodesk.mail.alias.pattern}, default {@value #DEFAULT_PATTERN}) at the firm's mail
 * domain ({@code email.server.domain}). {@code IMM-2026-00014} becomes
 * {@code imm-2026-00014@firm.example}. The mapping runs both ways so that the SMTP server can tell
 * a case address it does not know (refused) from one that is not a case's at all (left to
 * Alfresco's own aliases).
 *
 * @param pattern the local part, holding {@value #PLACEHOLDER} once; letters, digits, '.', '-',
 *                '_' and '+' around it
 * @param domain  the domain the firm's inbound server receives for
 */
public record MailAliases(String pattern, String domain) {

    public static final String PLACEHOLDER = "{caseNumber}";
    public static final String DEFAULT_PATTERN = PLACEHOLDER;

    private static final Pattern LOCAL_PART_TEXT = Pattern.compile("[a-z0-9._+-]*");
    private static final Pattern DOMAIN = Pattern.compile(
            "(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");

    public MailAliases {
        String p = pattern == null ? "" : pattern.strip().toLowerCase(Locale.ROOT);
        int at = p.indexOf(PLACEHOLDER.toLowerCase(Locale.ROOT));
        if (at < 0 || p.indexOf(PLACEHOLDER.toLowerCase(Locale.ROOT), at + 1) >= 0) {
            throw new IllegalArgumentException(Messages.format("alias.pattern.placeholder", pattern, PLACEHOLDER));
        }
        String before = p.substring(0, at);
        String after = p.substring(at + PLACEHOLDER.length());
        if (!LOCAL_PART_TEXT.matcher(before).matches() || !LOCAL_PART_TEXT.matcher(after).matches()) {
            throw new IllegalArgumentException(Messages.format("alias.pattern.characters", pattern));
        }
        pattern = before + PLACEHOLDER + after;
        String d = domain == null ? "" : domain.strip().toLowerCase(Locale.ROOT);
        if (!DOMAIN.matcher(d).matches()) {
            throw new IllegalArgumentException(Messages.format("alias.domain", domain));
        }
        domain = d;
    }

    /** The local part for a case number, lower case: the form Alfresco's alias store keeps. */
    public String alias(String caseNumber) {
        return pattern.replace(PLACEHOLDER, CaseNumber.parse(caseNumber).toString().toLowerCase(Locale.ROOT));
    }

    public String address(String caseNumber) {
        return alias(caseNumber) + "@" + domain;
    }

    /**
     * The case number an envelope recipient names, when it has this firm's domain and the
     * pattern's shape; empty for anything else (another domain, a plain folder's alias).
     */
    public Optional<String> caseNumber(String recipient) {
        if (recipient == null) {
            return Optional.empty();
        }
        String address = recipient.strip();
        if (address.startsWith("<") && address.endsWith(">")) {
            address = address.substring(1, address.length() - 1);
        }
        int at = address.lastIndexOf('@');
        if (at <= 0 || !address.substring(at + 1).equalsIgnoreCase(domain)) {
            return Optional.empty();
        }
        return caseNumberOfAlias(address.substring(0, at));
    }

    /** The case number a local part names, when it has the pattern's shape. */
    public Optional<String> caseNumberOfAlias(String localPart) {
        int split = pattern.indexOf(PLACEHOLDER);
        Matcher m = Pattern.compile(Pattern.quote(pattern.substring(0, split)) + "(.+)"
                + Pattern.quote(pattern.substring(split + PLACEHOLDER.length())))
                .matcher(localPart.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        String candidate = m.group(1).toUpperCase(Locale.ROOT);
        return candidate.matches(CaseNumber.PATTERN) ? Optional.of(candidate) : Optional.empty();
    }
}
