package org.lpodesk.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicLinkPolicyTest {

    private final PublicLinkPolicy policy = new PublicLinkPolicy();

    @Test
    void clientDocumentsAndEverythingInAVendorSiteGetNoPublicLink() {
        assertThat(policy.refusal("passport.pdf", true, null)).hasValue("\"passport.pdf\" is a client document: a"
                + " public link would let anyone read it without logging in, so it cannot be shared by link. Share it"
                + " with the people who need it instead.");
        assertThat(policy.refusal("notes.txt", false, "lpo-acme")).hasValue("\"notes.txt\" is in the vendor site"
                + " lpo-acme: nothing inside a vendor site can be shared by a public link.");
        assertThat(policy.refusal("copy.pdf", true, "lpo-acme")).get().asString().contains("vendor site lpo-acme");
    }

    @Test
    void aFirmsOwnNonClientFileMayStillBeShared() {
        assertThat(policy.refusal("brochure.pdf", false, null)).isEmpty();
    }
}
