package org.lpodesk.outsourcing.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AssignmentHoursTest {

    @Test
    void hoursLoggedSoFarComeFromTheStoredAssignment() {
        // the variable's value as the delegates store it (key=value lines)
        String stored = "requester=paralegal1\ntotalHours=7.5\nassignmentFolder=workspace://SpacesStore/f";
        assertThat(AssignmentHours.of(stored)).isEqualByComparingTo(new BigDecimal("7.5"));
        assertThat(AssignmentHours.of("requester=paralegal1")).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(AssignmentHours.of(null)).isEqualByComparingTo(BigDecimal.ZERO);
    }
}
