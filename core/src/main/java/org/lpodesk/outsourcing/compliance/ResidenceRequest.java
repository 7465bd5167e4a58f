package org.lpodesk.outsourcing.compliance;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lpodesk.api.InvalidArgumentException;
import org.lpodesk.api.RequestArguments;

/**
 * A vendor user's country of residence as a firm administrator or the vendor's manager records
 * it: the user name and an ISO 3166-1 alpha-2 code the JDK knows (an unknown code would silently
 * never match a country of concern, so it is refused).
 */
public record ResidenceRequest(String user, String country) {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** @throws InvalidArgumentException naming the field */
    public static ResidenceRequest parse(Map<String, ?> body) {
        RequestArguments args = RequestArguments.of(body);
        String user = args.requiredText("user");
        String country = args.requiredText("country").toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(country)) {
            throw new InvalidArgumentException("country", Messages.format("residence.country.unknown", country));
        }
        return new ResidenceRequest(user, country);
    }
}
