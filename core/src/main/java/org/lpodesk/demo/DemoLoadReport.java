package org.lpodesk.demo;

import java.util.List;

/**
 * What one run of {@link DemoLoader} did: {@code created} and {@code skipped} name each element
 * ("user demo.attorney", "case EB1A Dr. Adaeze Okonkwo") with, for a skipped one, why.
 */
public record DemoLoadReport(List<String> created, List<String> skipped) {

    public DemoLoadReport {
        created = List.copyOf(created);
        skipped = List.copyOf(skipped);
    }

    public boolean createdNothing() {
        return created.isEmpty();
    }
}
