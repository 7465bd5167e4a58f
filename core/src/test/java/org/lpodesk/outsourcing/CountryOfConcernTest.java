package org.lpodesk.outsourcing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CountryOfConcernTest {

    @Test
    void theListIsTheOneIn28Cfr202WithItsCitation() {
        assertThat(Arrays.stream(CountryOfConcern.values()).map(CountryOfConcern::isoCode))
                .containsExactlyInAnyOrder("CN", "HK", "MO", "CU", "IR", "KP", "RU", "VE");
        assertThat(CountryOfConcern.CITATION).isEqualTo("28 CFR 202.601");
    }

    @Test
    void lookupIsByExactIsoCode() {
        assertThat(CountryOfConcern.forIsoCode("HK")).contains(CountryOfConcern.HK);
        assertThat(CountryOfConcern.forIsoCode("IN")).isEmpty();
        assertThat(CountryOfConcern.forIsoCode("cn")).isEmpty();
        assertThat(CountryOfConcern.forIsoCode(null)).isEmpty();
        assertThat(CountryOfConcern.KP.displayName(Locale.ENGLISH)).isEqualTo("North Korea");
    }
}
