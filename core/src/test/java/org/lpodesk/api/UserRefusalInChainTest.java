package org.lpodesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UserRefusalInChainTest {

    @Test
    void aRefusalWrappedByTheEngineAndTheRepositoryIsFound() {
        InvalidRequestException refusal = new InvalidRequestException("Log the hours you spent before you finish drafting.");
        RuntimeException activiti = new RuntimeException("Exception while invoking TaskListener", refusal);
        IllegalStateException alfresco = new IllegalStateException("00020001 Failed to signal transition", activiti);

        assertThat(UserRefusal.in(alfresco)).containsSame(refusal);
        assertThat(UserRefusal.in(alfresco).orElseThrow().refusalKind().httpStatus()).isEqualTo(422);
    }

    @Test
    void aFaultIsNoRefusalEvenInACyclicChain() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertThat(UserRefusal.in(b)).isEmpty();
        assertThat(UserRefusal.in(null)).isEmpty();
    }
}
