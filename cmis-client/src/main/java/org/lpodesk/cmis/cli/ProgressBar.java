package org.lpodesk.cmis.cli;

import java.io.PrintWriter;

import org.lpodesk.cmis.Messages;
import org.lpodesk.cmis.importer.ImportProgress;

/** A one-line progress bar redrawn in place ({@code \r}), at most once per percent. */
final class ProgressBar implements ImportProgress {

    private static final int WIDTH = 30;

    private final PrintWriter out;
    private int lastPercent = -1;

    ProgressBar(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void started(int totalSteps) {
        lastPercent = -1;
        draw(0, totalSteps);
    }

    @Override
    public void step(int done, int total, String label) {
        draw(done, total);
        if (done >= total) {
            out.println();
            out.flush();
        }
    }

    private void draw(int done, int total) {
        int percent = total == 0 ? 100 : (int) (100L * done / total);
        if (percent == lastPercent) {
            return;
        }
        lastPercent = percent;
        int filled = WIDTH * percent / 100;
        out.print("\r" + Messages.get("cli.progress", "#".repeat(filled) + "-".repeat(WIDTH - filled), percent,
                done, total));
        out.flush();
    }
}
