package org.lpodesk.cmis.importer;

/** Told about each step of an import, for a progress bar. */
public interface ImportProgress {

    void started(int totalSteps);

    /** One more step done; {@code label} names the object. */
    void step(int done, int total, String label);

    ImportProgress NONE = new ImportProgress() {
        @Override
        public void started(int totalSteps) {
        }

        @Override
        public void step(int done, int total, String label) {
        }
    };
}
