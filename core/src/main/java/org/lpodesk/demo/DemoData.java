package org.lpodesk.demo;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.lpodesk.outsourcing.Engagement;
import org.lpodesk.outsourcing.Vendor;

/**
 * The demo firm and vendor, as {@link DemoDataReader} read and checked them: everything the
 * demo loader creates, with dates already resolved against the day of loading.
 */
public record DemoData(DemoSite firmSite, ZoneId firmZone, List<DemoUser> users, List<DemoClient> clients,
                       List<DemoCase> cases, Vendor vendor, Engagement engagement) {

    public DemoData {
        users = List.copyOf(users);
        clients = List.copyOf(clients);
        cases = List.copyOf(cases);
    }

    /** The vendor's private site, {@code lpo-<vendor id>}. */
    public String vendorSiteShortName() {
        return vendor.siteShortName();
    }

    public List<DemoUser> users(DemoRole role) {
        return users.stream().filter(u -> u.role() == role).toList();
    }

    public Optional<DemoUser> user(String userName) {
        return users.stream().filter(u -> u.userName().equals(userName)).findFirst();
    }

    public List<DemoCase> cases(String clientId) {
        return cases.stream().filter(c -> c.clientId().equals(clientId)).toList();
    }
}
