package campus.interchange.internal;

import campus.reporting.ResultsData;

/** Told, file by file, what a folder being read holds once each file is checked. */
interface CheckedFiles {

    /** Nobody writes while reading. */
    CheckedFiles NONE = new CheckedFiles() {
        @Override
        public void checked(ResultsData part) {
        }

        @Override
        public void failed() {
        }
    };

    /** One file's records (the rest of the data empty), every one valid, the folder so far without a problem. */
    void checked(ResultsData part);

    /** The folder has a problem: it will not be written, and nothing more is handed on. */
    void failed();
}
