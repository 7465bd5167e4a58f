package org.lpodesk.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoPasswordsTest {

    private final List<DemoUser> users =
            DemoDataReader.withDefaultRules().read(DemoTrees.valid(), LocalDate.of(2026, 3, 16)).users();

    @Test
    void eachUserTakesItsOwnVariableOrElseTheSharedOne() {
        Map<String, String> env = new HashMap<>();
        env.put("LPODESK_DEMO_PASSWORD", "shared-Secret-123");
        env.put("LPODESK_DEMO_FIRM_ATTORNEY_PASSWORD", "attorney-Secret-42");

        Map<String, String> passwords = DemoPasswords.resolve(users, env::get);

        assertThat(passwords).hasSize(users.size());
        assertThat(passwords.get("demo.firm.attorney")).isEqualTo("attorney-Secret-42");
        assertThat(passwords.get("demo.lpo.associate")).isEqualTo("shared-Secret-123");
    }

    @Test
    void withoutPasswordsNothingIsResolvedAndEveryMissingVariableIsNamed() {
        Map<String, String> env = Map.of("LPODESK_DEMO_FIRM_ATTORNEY_PASSWORD", "attorney-Secret-42",
                "LPODESK_DEMO_PASSWORD", "   ");
        assertThatThrownBy(() -> DemoPasswords.resolve(users, env::get))
                .isInstanceOf(InvalidDemoDataException.class)
                .hasMessageContaining("these demo passwords are not set: LPODESK_DEMO_FIRM_PARALEGAL_PASSWORD, ")
                .hasMessageContaining("LPODESK_DEMO_INTEGRATOR_PASSWORD. Set each of them, or LPODESK_DEMO_PASSWORD")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("LPODESK_DEMO_FIRM_ATTORNEY_PASSWORD"));
    }

    @Test
    void shortPasswordsAndPasswordsContainingTheUserNameAreRefused() {
        assertThatThrownBy(() -> DemoPasswords.resolve(users, Map.of("LPODESK_DEMO_PASSWORD", "short-pw")::get))
                .hasMessage("Demo data, LPODESK_DEMO_PASSWORD: the password for demo.firm.attorney is shorter than 12 characters.");
        Map<String, String> env = Map.of("LPODESK_DEMO_PASSWORD", "shared-Secret-123",
                "LPODESK_DEMO_INTEGRATOR_PASSWORD", "Demo.Integrator-2026");
        assertThatThrownBy(() -> DemoPasswords.resolve(users, env::get))
                .hasMessage("Demo data, LPODESK_DEMO_INTEGRATOR_PASSWORD: the password for demo.integrator contains the user name.");
    }
}
