package org.lpodesk.demo;

/** An Alfresco site the demo creates (the firm's; the vendor's follows from the vendor id). */
public record DemoSite(String shortName, String title, String description) {
}
