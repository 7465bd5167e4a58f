package org.lpodesk.demo;

import java.time.LocalDate;
import org.lpodesk.notice.NoticeKind;

/** A USCIS notice filed in a demo case; the loader computes its response deadline with core's rules. */
public record DemoNotice(NoticeKind kind, LocalDate date, boolean servedByMail) {
}
