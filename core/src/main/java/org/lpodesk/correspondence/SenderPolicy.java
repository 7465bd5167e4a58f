package org.lpodesk.correspondence;

import java.util.Locale;

/**
 * Whether a message to a case's address is filed as the case's correspondence or held in the
 * case's quarantine for firm staff to look at. Nothing is dropped: quarantine is a folder of the
 * case that only firm staff read. A vendor user's address is quarantined even when it is also
 * recorded for the client: an LPO associate never writes to the client's file by mail, and a
 * shared address is a mistake the firm should see. The From header decides, as it is what the
 * paralegal sees; it is not authenticated (Alfresco's inbound server checks neither SPF nor DKIM),
 * which the quarantine of unknown senders makes up for only in part.
 */
public final class SenderPolicy {

    private final Locale locale;

    public SenderPolicy(Locale locale) {
        this.locale = locale;
    }

    public Verdict judge(String from, CaseCorrespondents correspondents) {
        String address = from == null ? "" : from.strip().toLowerCase(Locale.ROOT);
        if (address.isEmpty()) {
            return new Verdict(Sender.UNKNOWN, Messages.format(locale, "sender.none"));
        }
        if (correspondents.vendorAddresses().contains(address)) {
            return new Verdict(Sender.VENDOR, Messages.format(locale, "sender.vendor", address));
        }
        if (correspondents.clientAddresses().contains(address)) {
            return new Verdict(Sender.CLIENT, null);
        }
        if (correspondents.firmAddresses().contains(address)) {
            return new Verdict(Sender.FIRM, null);
        }
        return new Verdict(Sender.UNKNOWN, Messages.format(locale, "sender.unknown", address));
    }

    /** Who wrote, as far as the case knows. */
    public enum Sender {
        CLIENT, FIRM, VENDOR, UNKNOWN
    }

    /**
     * @param reason why the message is held, for the quarantine's reviewer; null when filed
     */
    public record Verdict(Sender sender, String reason) {

        public boolean quarantined() {
            return sender == Sender.VENDOR || sender == Sender.UNKNOWN;
        }
    }
}
