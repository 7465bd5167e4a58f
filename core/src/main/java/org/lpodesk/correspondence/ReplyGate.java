package org.lpodesk.correspondence;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.lpodesk.api.ConflictException;
import org.lpodesk.api.InvalidRequestException;
import org.lpodesk.review.ApprovalPolicy;
import org.lpodesk.review.ReleaseAction;
import org.lpodesk.review.ReleaseRequest;

/**
 * Whether a reply may go out now: nothing reaches a client before a firm attorney approved the
 * very version that is sent. Checked when the reply is queued and again by the sender right
 * before the mail server is called, as an edit in between voids the approval.
 */
public final class ReplyGate {

    private final ApprovalPolicy approvals;
    private final ZoneId firmZone;
    private final Locale locale;

    public ReplyGate(ApprovalPolicy approvals, ZoneId firmZone, Locale locale) {
        this.approvals = approvals;
        this.firmZone = firmZone;
        this.locale = locale;
    }

    /**
     * @throws ConflictException                         sent already, or queued already
     * @throws InvalidRequestException                   no recipient, or one that is not an address
     * @throws org.lpodesk.review.ApprovalRefusedException no valid approval of the current version
     */
    public void check(ReplyDraft reply, boolean resend) {
        switch (reply.state()) {
            case SENT -> throw new ConflictException(Messages.format(locale, "reply.alreadySent", reply.name(),
                    reply.sentAt().map(this::when).orElse("?"), String.join(", ", reply.to())));
            case QUEUED, RETRYING -> {
                if (!resend) {
                    throw new ConflictException(Messages.format(locale, "reply.alreadyQueued", reply.name()));
                }
            }
            default -> {
            }
        }
        if (reply.to().isEmpty()) {
            throw new InvalidRequestException(Messages.format(locale, "reply.noRecipient", reply.name()));
        }
        for (String recipient : reply.to()) {
            try {
                new InternetAddress(recipient, true).validate();
            } catch (AddressException e) {
                throw new InvalidRequestException(Messages.format(locale, "reply.badRecipient", recipient,
                        reply.name()));
            }
        }
        approvals.release(new ReleaseRequest(reply.name() == null ? reply.documentRef() : reply.name(),
                reply.versionLabel(), reply.approval(), ReleaseAction.SEND)).orElseThrow();
    }

    /** The sentence refusing an edit of a reply that was sent. */
    public String editAfterSending(String name, Instant sentAt) {
        return Messages.format(locale, "reply.editAfterSending", name, when(sentAt));
    }

    private String when(Instant instant) {
        // a pattern, not the locale's style: newer JDKs put a narrow no-break space before "AM"
        return DateTimeFormatter.ofPattern("MMM d, yyyy, h:mm a z", locale).format(instant.atZone(firmZone));
    }
}
